using MentorGraph.Api.Features.Events;
using MentorGraph.Api.Features.Health;
using MentorGraph.Api.Features.Opportunities;
using MentorGraph.Api.Features.Organizations;
using MentorGraph.Api.Features.Programmes;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.Features;

/// <summary>
/// The API's schema: each feature adds its types and root fields. Printed, it is
/// schema/mentorgraph.graphql (a test fails when that file is stale).
/// </summary>
public static class MentorGraphSchema
{
    public static Schema Create()
    {
        var nodes = new DomainNodes();
        return new SchemaBuilder()
            .AddNodeInterface(nodes.Registry)
            .AddHealth()
            .AddOrganizations(DemoPartners.All)
            .AddInterimProgramType(nodes)
            .AddEvents(nodes)
            .AddOpportunities(nodes)
            .Build();
    }

    /// <summary>
    /// A minimal <c>Program</c> so that events can name their programmes until the programmes
    /// feature defines the type; that feature replaces this method.
    /// </summary>
    private static SchemaBuilder AddInterimProgramType(this SchemaBuilder schema, DomainNodes nodes) =>
        schema.ObjectType<Programme>("Program", type => type
            .Description("A mentorship programme run by a partner.")
            .ImplementsNode(nodes.Program)
            .Field("slug", "String!", p => p.Slug)
            .Field("name", "String!", p => p.Name));
}
