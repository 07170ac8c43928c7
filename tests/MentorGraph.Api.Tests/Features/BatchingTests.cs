using MentorGraph.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.Features;

/// <summary>
/// Every reference goes through a DataLoader: the number of SQL statements of a query depends
/// on its shape, not on how many rows each level returns.
/// </summary>
public sealed class BatchingTests(SeededMentorGraphApiFactory factory) : IClassFixture<SeededMentorGraphApiFactory>
{
    /// <summary>The children of a page's items: one statement for the page, one per relation.</summary>
    private const string MentorsWithRelations = """
        query($first: Int!) {
          mentors(first: $first) { edges { node { displayName languages { code level } programs { name } } } }
        }
        """;

    private const string DeepQuery = """
        query($first: Int!) {
          mentors(first: $first) {
            edges { node { displayName languages { code level } programs { name owner { name programs { name } } coOwners { name } sectorTracks { sector } } } }
          }
        }
        """;

    [Fact]
    public async Task PageWithRelations_RunsThreeStatementsForFiveMentorsAndForFifty()
    {
        using var counter = await CounterAsync();

        var small = await CountAsync(counter, MentorsWithRelations, 5);
        var large = await CountAsync(counter, MentorsWithRelations, 50);

        Assert.Equal((3, 3), (small, large));
    }

    /// <summary>
    /// Several levels deep (mentors, their programmes, the programmes' owners and co-owners and
    /// their programmes): each level is one batch per loader, however many mentors the page has.
    /// Before the engine waited for a batch to finish handing out its results, the resolvers
    /// resumed late formed extra batches (8 statements for 5 mentors, 15 for 50).
    /// </summary>
    [Fact]
    public async Task DeepQuery_RunsAsManyStatementsForFiftyMentorsAsForFive()
    {
        using var counter = await CounterAsync();

        var small = await CountAsync(counter, DeepQuery, 5);
        var large = await CountAsync(counter, DeepQuery, 50);

        Assert.Equal(small, large);
    }

    private async Task<SqlStatementCounter> CounterAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<MentorGraphDbContext>>().CreateDbContextAsync();
        return new SqlStatementCounter(db.Database.GetConnectionString()!);
    }

    private async Task<int> CountAsync(SqlStatementCounter counter, string query, int first)
    {
        // A first request warms the host up, so that only the measured query's statements count.
        using (await GraphQLHttp.PostAsync(factory, "{ health { status } }"))
        {
        }

        counter.Reset();
        using var body = await GraphQLHttp.PostAsync(factory, query, new { first });
        var mentors = GraphQLHttp.Nodes(GraphQLHttp.Data(body).GetProperty("mentors")).ToList();
        Assert.Equal(first, mentors.Count);
        return counter.Count;
    }
}
