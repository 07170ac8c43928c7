using System.Text.Json;

namespace MentorGraph.Api.Tests.Features;

/// <summary>The example queries given to universities and everyone else answer from the seeded network without errors.</summary>
public sealed class ExampleQueriesTests(SeededMentorGraphApiFactory factory) : IClassFixture<SeededMentorGraphApiFactory>
{
    public const string UniversityMentorAvailability = """
        query NursingMentorsForTuesdayEvenings {
          mentorAvailability(
            where: {
              sector: "HEALTHCARE"
              languages: [{ code: "ar", minimumLevel: B1 }]
              window: { day: TUESDAY, startsAt: "17:00", endsAt: "21:00", timeZone: "Europe/Berlin" }
            }
            first: 10
            order: [{ openCapacity: DESC }]
          ) {
            totalCount
            edges { node { id displayName occupation iscoCode city timeZone openCapacity languages { code level } programs { name } } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string EveryoneOrganizations = """
        {
          organizations(where: { kind: { in: [NGO, UNIVERSITY] } }, order: [{ country: ASC }, { name: ASC }]) {
            totalCount
            nodes { id slug name kind country region programs { name kind } }
          }
        }
        """;

    public const string EveryonePrograms = """
        {
          programs(where: { sector: "HEALTHCARE", format: VIRTUAL }, order: [{ capacity: DESC }], first: 5) {
            nodes {
              name kind duration durationWeeks formats languages interpretationOffered capacity eligibility
              owner { name } coOwners { name }
              sectorTracks { sector name iscoCode }
            }
          }
        }
        """;

    public const string EveryoneMentors = """
        {
          mentors(
            where: { hasOpenCapacity: true, topic: "CREDENTIAL_RECOGNITION", languages: { some: { code: { eq: "uk" }, level: { gte: C1 } } } }
            order: [{ yearsOfExperience: DESC }]
            first: 5
          ) {
            totalCount
            nodes { displayName headline occupation sectors yearsOfExperience city formats openCapacity topics }
          }
        }
        """;

    [Theory]
    [InlineData(UniversityMentorAvailability, "mentorAvailability")]
    [InlineData(EveryoneOrganizations, "organizations")]
    [InlineData(EveryonePrograms, "programs")]
    [InlineData(EveryoneMentors, "mentors")]
    public async Task Example_AnswersWithData(string query, string field)
    {
        using var body = await GraphQLHttp.PostAsync(factory, query);

        var connection = GraphQLHttp.Data(body).GetProperty(field);
        var items = connection.TryGetProperty("nodes", out var nodes) ? nodes : connection.GetProperty("edges");
        Assert.NotEqual(0, items.GetArrayLength());
    }
}
