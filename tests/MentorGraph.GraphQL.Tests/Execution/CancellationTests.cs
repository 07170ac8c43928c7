using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>A request stops when its caller cancels, and at the configured timeout with REQUEST_TIMEOUT.</summary>
public sealed class CancellationTests
{
    private static Schema SlowSchema(TaskCompletionSource<CancellationToken>? seen = null) => SchemaWithQuery(
        Field("fast", StringType, _ => "fast"),
        AsyncField("slow", StringType, async context =>
        {
            seen?.TrySetResult(context.CancellationToken);
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        }));

    [Fact]
    public async Task Timeout_EndsTheRequestWithRequestTimeoutCode()
    {
        var result = await ExecuteAsync(SlowSchema(), "{ fast slow }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) });

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.Timeout, error.Code);
        Assert.Equal("The request did not complete within 0.05 seconds.", error.Message);
    }

    [Fact]
    public async Task CallerCancellation_IsPropagated_AndResolversSeeTheToken()
    {
        var seen = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancellation = new CancellationTokenSource();
        var running = ExecuteAsync(SlowSchema(seen), "{ slow }", cancellationToken: cancellation.Token);

        var token = await seen.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.True(token.IsCancellationRequested);
    }

    [Fact]
    public async Task AlreadyCancelledRequest_DoesNotRunResolvers()
    {
        var ran = false;
        var schema = SchemaWithQuery(Field("a", StringType, _ =>
        {
            ran = true;
            return "a";
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExecuteAsync(schema, "{ a }", cancellationToken: new CancellationToken(canceled: true)));
        Assert.False(ran);
    }
}
