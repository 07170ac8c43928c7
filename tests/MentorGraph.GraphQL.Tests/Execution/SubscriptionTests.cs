using System.Runtime.CompilerServices;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>Spec 6.2.3 Subscription: CreateSourceEventStream, then one response per event (MapSourceToResponseEvent).</summary>
public sealed class SubscriptionTests
{
    private static async IAsyncEnumerable<object?> Seats(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Dictionary<string, object?> { ["left"] = 10 - i, ["slot"] = "s" + i };
        }
    }

    private static Schema BuildSchema(SubscriptionResolver subscriber, FieldResolver? resolver = null)
    {
        var seatChange = new ObjectType("SeatChange", () => [Field("left", NonNull(IntType)), Field("slot", StringType)]);
        return new Schema(new SchemaConfig
        {
            Query = new ObjectType("Query", () => [Field("ok", StringType)]),
            Subscription = new ObjectType("Subscription", () =>
            [
                new FieldDefinition("seatsChanged", seatChange) { Subscriber = subscriber, Resolver = resolver, Arguments = [Argument("count", IntType)] },
            ]),
        });
    }

    private static async Task<List<string>> CollectAsync(ExecutionResult result)
    {
        Assert.NotNull(result.Stream);
        var responses = new List<string>();
        await foreach (var response in result.Stream)
        {
            responses.Add(Json(response));
        }

        return responses;
    }

    [Fact]
    public async Task EachEvent_IsExecutedAgainstTheSelectionSet()
    {
        var schema = BuildSchema(context => new ValueTask<IAsyncEnumerable<object?>>(Seats((int)context.Arguments["count"]!)));

        var result = await ExecuteAsync(schema, "subscription { seatsChanged(count: 2) { left } }");

        Assert.Null(result.Errors);
        Assert.Equal([Q("{'data':{'seatsChanged':{'left':9}}}"), Q("{'data':{'seatsChanged':{'left':8}}}")], await CollectAsync(result));
    }

    [Fact]
    public async Task FieldResolver_MapsEachEvent()
    {
        var schema = BuildSchema(
            _ => new ValueTask<IAsyncEnumerable<object?>>(Seats(1)),
            context => new ValueTask<object?>(new Dictionary<string, object?> { ["left"] = 0, ["slot"] = "mapped " + DefaultFieldResolver.Resolve(context.Source, "slot") }));

        var result = await ExecuteAsync(schema, "subscription { seatsChanged { left slot } }");

        Assert.Equal([Q("{'data':{'seatsChanged':{'left':0,'slot':'mapped s1'}}}")], await CollectAsync(result));
    }

    [Fact]
    public async Task SubscriberError_IsReturnedWithoutAStream()
    {
        var schema = BuildSchema(_ => throw new GraphQLError("Not allowed to watch seats."));

        var result = await ExecuteAsync(schema, "subscription { seatsChanged { left } }");

        Assert.Null(result.Stream);
        Assert.False(result.HasData);
        Assert.Equal(Q("{'errors':[{'message':'Not allowed to watch seats.','locations':[{'line':1,'column':16}],'path':['seatsChanged']}]}"), Json(result));
    }

    [Fact]
    public async Task CancellingTheEnumeration_EndsTheSubscription()
    {
        var schema = BuildSchema(_ => new ValueTask<IAsyncEnumerable<object?>>(Seats(1000)));
        var result = await ExecuteAsync(schema, "subscription { seatsChanged { left } }");
        using var cancellation = new CancellationTokenSource();
        var received = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in result.Stream!.WithCancellation(cancellation.Token))
            {
                if (++received == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(3, received);
    }
}
