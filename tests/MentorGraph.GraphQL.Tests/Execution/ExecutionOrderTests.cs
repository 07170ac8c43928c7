using System.Collections.Concurrent;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>Spec 6.2.1 and 6.3.1: query fields may run concurrently; spec 6.2.2 and 6.3.2: mutation root fields run in series.</summary>
public sealed class ExecutionOrderTests
{
    [Fact]
    public async Task MutationRootFields_RunInSeries_EvenWhenTheFirstIsSlower()
    {
        var log = new ConcurrentQueue<string>();
        FieldDefinition Step(string name, int delay) => AsyncField(name, StringType, async _ =>
        {
            log.Enqueue("start " + name);
            await Task.Delay(delay);
            log.Enqueue("end " + name);
            return name;
        });

        var schema = new Schema(new SchemaConfig
        {
            Query = new ObjectType("Query", () => [Field("ok", StringType)]),
            Mutation = new ObjectType("Mutation", () => [Step("first", 60), Step("second", 1), Step("third", 20)]),
        });

        var json = await ExecuteJsonAsync(schema, "mutation { first second third again: first }");

        Assert.Equal(Q("{'data':{'first':'first','second':'second','third':'third','again':'first'}}"), json);
        Assert.Equal(
            ["start first", "end first", "start second", "end second", "start third", "end third", "start first", "end first"],
            log);
    }

    [Fact]
    public async Task MutationSubFields_CompleteBeforeTheNextRootFieldStarts()
    {
        var log = new ConcurrentQueue<string>();
        var payload = new ObjectType("Payload", () =>
        [
            AsyncField("detail", StringType, async context =>
            {
                await Task.Delay(30);
                log.Enqueue("detail of " + context.Path[0]);
                return "d";
            }),
        ]);
        var schema = new Schema(new SchemaConfig
        {
            Query = new ObjectType("Query", () => [Field("ok", StringType)]),
            Mutation = new ObjectType("Mutation", () =>
            [
                Field("a", payload, _ =>
                {
                    log.Enqueue("resolve a");
                    return new object();
                }),
                Field("b", payload, _ =>
                {
                    log.Enqueue("resolve b");
                    return new object();
                }),
            ]),
        });

        await ExecuteJsonAsync(schema, "mutation { a { detail } b { detail } }");

        Assert.Equal(["resolve a", "detail of a", "resolve b", "detail of b"], log);
    }

    [Fact]
    public async Task AsyncQuerySiblings_AreStartedBeforeAnyIsAwaited()
    {
        // Each resolver waits for the other to have started: this completes only if they run concurrently.
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = SchemaWithQuery(
            AsyncField("a", StringType, async _ =>
            {
                aStarted.SetResult();
                await bStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return "a";
            }),
            AsyncField("b", StringType, async _ =>
            {
                bStarted.SetResult();
                await aStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return "b";
            }));

        Assert.Equal(Q("{'data':{'a':'a','b':'b'}}"), await ExecuteJsonAsync(schema, "{ a b }"));
    }

    [Fact]
    public async Task AsyncFieldsInListItems_AreAllStartedBeforeAnyIsAwaited()
    {
        const int Count = 20;
        var started = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var item = new ObjectType("Item", () =>
        [
            AsyncField("value", IntType, async context =>
            {
                if (Interlocked.Increment(ref started) == Count)
                {
                    allStarted.SetResult();
                }

                await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return context.Source;
            }),
        ]);
        var schema = SchemaWithQuery(Field("items", ListOf(item), _ => Enumerable.Range(0, Count).Cast<object>().ToList()));

        var result = await ExecuteAsync(schema, "{ items { value } }");

        Assert.Null(result.Errors);
        Assert.Equal("{\"items\":[" + string.Join(",", Enumerable.Range(0, Count).Select(i => "{\"value\":" + i + "}")) + "]}", DataJson(result));
    }

    [Fact]
    public async Task ResultOrder_FollowsTheSelectionSet_NotCompletionOrder()
    {
        var schema = SchemaWithQuery(
            AsyncField("slow", StringType, async _ =>
            {
                await Task.Delay(40);
                return "slow";
            }),
            Field("fast", StringType, _ => "fast"));

        Assert.Equal(Q("{'data':{'slow':'slow','fast':'fast'}}"), await ExecuteJsonAsync(schema, "{ slow fast }"));
    }
}
