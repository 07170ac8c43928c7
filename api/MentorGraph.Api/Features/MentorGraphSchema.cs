using MentorGraph.Api.Features.Health;
using MentorGraph.Api.Features.Organizations;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.Features;

/// <summary>
/// The API's schema: each feature adds its types and root fields. Printed, it is
/// schema/mentorgraph.graphql (a test fails when that file is stale).
/// </summary>
public static class MentorGraphSchema
{
    public static Schema Create() => new SchemaBuilder()
        .AddHealth()
        .AddOrganizations(DemoPartners.All)
        .Build();
}
