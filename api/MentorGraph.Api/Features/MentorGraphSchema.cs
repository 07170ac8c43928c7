using MentorGraph.Api.Features.Consents;
using MentorGraph.Api.Features.Health;
using MentorGraph.Api.Features.Mentees;
using MentorGraph.Api.Features.Mentorships;
using MentorGraph.Api.Features.Organizations;
using MentorGraph.Api.Features.Programmes;
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
            .AddHealth()
            .AddOrganizations(DemoPartners.All)
            .AddMentees(nodes)
            .AddConsents()
            .AddProgramApplications(nodes)
            .AddMentorships(nodes)
            .Build();
    }
}
