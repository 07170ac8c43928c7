using System.Collections.Concurrent;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>DataLoaders batch the loads of one level of the response into one call and cache by key for the request.</summary>
public sealed class DataLoaderTests
{
    private sealed class Backend
    {
        public ConcurrentQueue<IReadOnlyList<int>> MentorBatches { get; } = new();

        public ConcurrentQueue<IReadOnlyList<int>> SlotBatches { get; } = new();

        public async Task<IReadOnlyDictionary<int, string>> LoadMentorsAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            MentorBatches.Enqueue([.. ids]);
            await Task.Delay(5, cancellationToken);
            return ids.Where(id => id != 13).ToDictionary(id => id, id => "mentor " + id);
        }

        public async Task<ILookup<int, string>> LoadSlotsAsync(IReadOnlyList<int> mentorIds, CancellationToken cancellationToken)
        {
            SlotBatches.Enqueue([.. mentorIds]);
            await Task.Yield();
            return mentorIds.Where(id => id % 2 == 0).SelectMany(id => new[] { (id, "slot " + id + "a"), (id, "slot " + id + "b") }).ToLookup(pair => pair.id, pair => pair.Item2);
        }
    }

    private static Schema BuildSchema(Backend backend, int count)
    {
        FieldDefinition mentorName = AsyncField("mentorName", StringType, async context =>
        {
            var loader = context.GetDataLoader("mentors", () => new BatchDataLoader<int, string>(backend.LoadMentorsAsync));
            return await loader.LoadAsync((int)context.Source!);
        });
        FieldDefinition slots = AsyncField("slots", ListOf(StringType), async context =>
        {
            var loader = context.GetDataLoader("slots", () => new GroupedDataLoader<int, string>(backend.LoadSlotsAsync));
            return await loader.LoadAsync((int)context.Source!);
        });
        ObjectType? booking = null;
        booking = new ObjectType("Booking", () => [mentorName, slots, Field("next", booking!, c => (int)c.Source! + 1000)]);
        return SchemaWithQuery(Field("bookings", ListOf(booking), _ => Enumerable.Range(1, count).Cast<object>().ToList()));
    }

    [Fact]
    public async Task HundredSiblingLoads_AreFetchedInOneBatch()
    {
        var backend = new Backend();

        var result = await ExecuteAsync(BuildSchema(backend, 100), "{ bookings { mentorName } }");

        Assert.Null(result.Errors);
        var batch = Assert.Single(backend.MentorBatches);
        Assert.Equal(Enumerable.Range(1, 100), batch);
        Assert.Contains("{\"mentorName\":\"mentor 100\"}", DataJson(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingKey_LoadsNull()
    {
        var backend = new Backend();

        var result = await ExecuteAsync(BuildSchema(backend, 13), "{ bookings { mentorName } }");

        Assert.EndsWith("{\"mentorName\":\"mentor 12\"},{\"mentorName\":null}]}", DataJson(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoLoadersOnOneLevel_EachMakeOneBatch_AndGroupedLoaderReturnsGroups()
    {
        var backend = new Backend();

        var result = await ExecuteAsync(BuildSchema(backend, 4), "{ bookings { mentorName slots } }");

        Assert.Single(backend.MentorBatches);
        Assert.Single(backend.SlotBatches);
        Assert.Equal(
            Q("{'bookings':[{'mentorName':'mentor 1','slots':[]},{'mentorName':'mentor 2','slots':['slot 2a','slot 2b']},{'mentorName':'mentor 3','slots':[]},{'mentorName':'mentor 4','slots':['slot 4a','slot 4b']}]}"),
            DataJson(result));
    }

    [Fact]
    public async Task LoadsReachedWithoutWaiting_JoinOneBatch_EvenAcrossLevels()
    {
        var backend = new Backend();

        await ExecuteAsync(BuildSchema(backend, 10), "{ bookings { mentorName next { mentorName } } }");

        var batch = Assert.Single(backend.MentorBatches);
        Assert.Equal(Enumerable.Range(1, 10).Concat(Enumerable.Range(1001, 10)), batch.Order());
    }

    [Fact]
    public async Task SameKeyTwice_IsFetchedOnce_AndAnsweredFromTheRequestCache()
    {
        var backend = new Backend();
        var schema = BuildSchema(backend, 3);

        await ExecuteAsync(schema, "{ bookings { mentorName again: mentorName } }");

        Assert.Equal([1, 2, 3], Assert.Single(backend.MentorBatches));
    }

    [Fact]
    public async Task EachRequest_HasItsOwnLoaders()
    {
        var backend = new Backend();
        var executor = Executor(BuildSchema(backend, 2));

        await executor.ExecuteAsync(Request("{ bookings { mentorName } }"));
        await executor.ExecuteAsync(Request("{ bookings { mentorName } }"));

        Assert.Equal(2, backend.MentorBatches.Count);
    }

    [Fact]
    public async Task OutsideTheExecutor_LoadsRequestedTogether_ShareANextTickBatch()
    {
        var backend = new Backend();
        var loader = new BatchDataLoader<int, string>(backend.LoadMentorsAsync);

        var values = await Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(1));

        Assert.Equal(new string?[] { "mentor 1", "mentor 2", "mentor 1" }, values);
        Assert.Equal([1, 2], Assert.Single(backend.MentorBatches));
    }

    [Fact]
    public async Task MaxBatchSize_SplitsBatches()
    {
        var backend = new Backend();
        var loader = new BatchDataLoader<int, string>(backend.LoadMentorsAsync, new DataLoaderOptions { MaxBatchSize = 2 });

        await loader.LoadAsync([1, 2, 3, 4, 5]);

        Assert.Equal(3, loader.BatchCount);
    }

    [Fact]
    public async Task FailedBatch_FailsEveryLoadOfIt_AndTheFieldsReportErrors()
    {
        var schema = SchemaWithQuery(Field("ids", ListOf(new ObjectType("Item", () =>
        [
            AsyncField("name", StringType, async context =>
                await context.GetDataLoader("failing", () => new BatchDataLoader<int, string>((_, _) => throw new InvalidOperationException("db down")))
                    .LoadAsync((int)context.Source!)),
        ])), _ => new List<object> { 1, 2 }));

        var result = await ExecuteAsync(schema, "{ ids { name } }");

        Assert.Equal(2, result.Errors!.Count);
        Assert.All(result.Errors, error => Assert.Equal(ErrorCodes.InternalServerError, error.Code));
        Assert.Equal(Q("{'ids':[{'name':null},{'name':null}]}"), DataJson(result));
    }

    [Fact]
    public async Task LoadIssuedAfterAnotherAwait_IsStillDispatched()
    {
        var backend = new Backend();
        var schema = SchemaWithQuery(AsyncField("chained", StringType, async context =>
        {
            await Task.Delay(5);
            var mentors = context.GetDataLoader("mentors", () => new BatchDataLoader<int, string>(backend.LoadMentorsAsync));
            var first = await mentors.LoadAsync(1);
            var second = await mentors.LoadAsync(2);
            return first + ", " + second;
        }));

        var result = await ExecuteAsync(schema, "{ chained }").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(Q("{'data':{'chained':'mentor 1, mentor 2'}}"), Json(result));
        Assert.Equal(2, backend.MentorBatches.Count);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public async Task LoadsOfObjectsFromOneBatch_ShareOneNextBatch_WhateverThePageSize(int count)
    {
        // The mentors' batch resolves asynchronously (the backend awaits a delay); every mentor it
        // returns then asks for its slots. All of those must wait for one slots batch: dispatching
        // as soon as the first mentor resumed would split them, so batches would grow with pages.
        var backend = new Backend();
        FieldDefinition slots = AsyncField("slots", ListOf(StringType), async context =>
            await context.GetDataLoader("slots", () => new GroupedDataLoader<int, string>(backend.LoadSlotsAsync)).LoadAsync((int)context.Source!));
        var mentorType = new ObjectType("Mentor", () => [Field("id", IntType, c => c.Source), slots]);
        FieldDefinition mentor = AsyncField("mentor", mentorType, async context =>
        {
            await context.GetDataLoader("mentors", () => new BatchDataLoader<int, string>(backend.LoadMentorsAsync)).LoadAsync((int)context.Source!);
            return context.Source;
        });
        var booking = new ObjectType("Booking", () => [mentor]);
        var schema = SchemaWithQuery(Field("bookings", ListOf(booking), _ => Enumerable.Range(1, count).Cast<object>().ToList()));

        var result = await ExecuteAsync(schema, "{ bookings { mentor { id slots } } }");

        Assert.Null(result.Errors);
        Assert.Single(backend.MentorBatches);
        var slotBatch = Assert.Single(backend.SlotBatches);
        Assert.Equal(Enumerable.Range(1, count), slotBatch.Order());
    }
}
