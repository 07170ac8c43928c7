using MentorGraph.Api.Features.Consents;
using MentorGraph.Api.Features.Events;
using MentorGraph.Api.Features.Health;
using MentorGraph.Api.Features.Mentees;
using MentorGraph.Api.Features.Mentors;
using MentorGraph.Api.Features.Mentorships;
using MentorGraph.Api.Features.Opportunities;
using MentorGraph.Api.Features.Organisations;
using MentorGraph.Api.Features.Programmes;
using MentorGraph.Api.Features.Shared;
using MentorGraph.Api.GraphQL.Relay;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Builders;

namespace MentorGraph.Api.Features;

/// <summary>
/// The API's schema: each feature adds its types and root fields with one
/// <c>AddX(nodes)</c> call. Printed, it is schema/mentorgraph.graphql (a test fails when that
/// file is stale).
/// </summary>
public static class MentorGraphSchema
{
    public static Schema Create()
    {
        var nodes = new DomainNodes();
        return new SchemaBuilder()
            .AddNodeInterface(nodes.Registry)
            .AddSharedTypes()
            .AddHealth()
            .AddOrganizations(nodes)
            .AddPrograms(nodes)
            .AddMentors(nodes)
            .AddMentorAvailability()
            .AddEvents(nodes)
            .AddOpportunities(nodes)
            .AddMentees(nodes)
            .AddConsents()
            .AddProgramApplications(nodes)
            .AddMentorships(nodes)
            .Build();
    }
}
