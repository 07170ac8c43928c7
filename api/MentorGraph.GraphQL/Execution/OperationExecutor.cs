using System.Globalization;
using System.Runtime.CompilerServices;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Executes a compiled operation with coerced variables (spec 6.2 ExecuteOperation): queries
/// with concurrent fields, mutations in series, subscriptions as a stream of results. Honours
/// the caller's cancellation and stops a request at <see cref="ExecutionOptions.Timeout"/> with
/// an error coded <see cref="ErrorCodes.Timeout"/>.
/// </summary>
public sealed class OperationExecutor(ExecutionOptions? options = null)
{
    private readonly ExecutionOptions _options = options ?? new ExecutionOptions();

    public ExecutionOptions Options => _options;

    public async Task<ExecutionResult> ExecuteAsync(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(request);
        if (plan.RootType is null)
        {
            return ExecutionResult.FromRequestError(
                RequestErrorKind.Validation,
                [GraphQLError.WithCode($"Schema is not configured to execute {plan.OperationType.ToString().ToLowerInvariant()} operation.", ErrorCodes.ValidationFailed, plan.Operation)]);
        }

        using var timeout = StartTimeout(cancellationToken);
        var token = timeout?.Token ?? cancellationToken;
        OperationExecution? execution = null;
        try
        {
            var planner = plan.GetPlanner(variables);
            if (plan.OperationType == Language.Ast.OperationType.Subscription)
            {
                return await SubscribeAsync(planner, variables, request, cancellationToken).ConfigureAwait(false);
            }

            execution = new OperationExecution(planner, variables, request, request.RootValue, _options, token);
            return await execution.ExecuteAsync().ConfigureAwait(false);
        }
        catch (GraphQLError error)
        {
            // An error before any field ran, such as a @skip condition without a value.
            return new ExecutionResult { HasData = true, Data = null, Errors = [error] };
        }
        catch (OperationCanceledException) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            List<GraphQLError> errors = [.. execution?.Errors ?? []];
            errors.Add(new GraphQLError(
                string.Create(CultureInfo.InvariantCulture, $"The request did not complete within {_options.Timeout!.Value.TotalSeconds:0.###} seconds."),
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = ErrorCodes.Timeout }));
            return new ExecutionResult { HasData = true, Data = null, Errors = errors };
        }
    }

    /// <summary>Spec 6.2.3.1 CreateSourceEventStream, then 6.2.3.2 MapSourceToResponseEvent.</summary>
    private async Task<ExecutionResult> SubscribeAsync(SelectionPlanner planner, IReadOnlyDictionary<string, object?> variables, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var rootPlan = planner.Root;
        var field = Array.Find(rootPlan.Fields, candidate => candidate.Kind != FieldKind.TypeName);
        if (field is null)
        {
            return new ExecutionResult { Errors = [new GraphQLError("A subscription must select one root field.")] };
        }

        var root = new ResultMap(rootPlan, null, 0, nullableInParent: true);
        var index = Array.IndexOf(rootPlan.Fields, field);
        var setup = new OperationExecution(planner, variables, request, request.RootValue, _options, cancellationToken);
        object? source;
        try
        {
            var context = new ResolveFieldContext(setup, field, request.RootValue, root, index, field.GetArguments(variables));
            if (field.Definition!.Subscriber is { } subscriber)
            {
                source = await subscriber(context).ConfigureAwait(false);
            }
            else if (field.Resolver is { } resolver)
            {
                source = await resolver(context).ConfigureAwait(false);
            }
            else
            {
                source = DefaultFieldResolver.Resolve(request.RootValue, field.Name);
            }

            if (source is not IAsyncEnumerable<object?>)
            {
                throw new GraphQLError($"Subscription field must return AsyncIterable. Received: {Describe.Value(source)}.");
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = exception is GraphQLError graphQLError
                ? new GraphQLError(graphQLError.Message, graphQLError.Locations ?? field.Locations, [field.ResponseName], graphQLError.Extensions, graphQLError.InnerException)
                : new GraphQLError(
                    _options.IncludeExceptionDetails ? exception.Message : "Unexpected Execution Error",
                    field.Locations,
                    [field.ResponseName],
                    new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = ErrorCodes.InternalServerError },
                    exception);
            return new ExecutionResult { Errors = [error] };
        }

        return new ExecutionResult { Stream = MapSourceToResponseEvent((IAsyncEnumerable<object?>)source, planner, variables, request, cancellationToken) };
    }

    /// <summary>Spec 6.2.3.2: each event is executed as the root value of the subscription's selection set.</summary>
    private async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvent(
        IAsyncEnumerable<object?> source,
        SelectionPlanner planner,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var payload in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var execution = new OperationExecution(planner, variables, request, payload, _options, cancellationToken, isSubscriptionEvent: true);
            yield return await execution.ExecuteAsync().ConfigureAwait(false);
        }
    }

    private CancellationTokenSource? StartTimeout(CancellationToken cancellationToken)
    {
        if (_options.Timeout is not { } limit || limit == Timeout.InfiniteTimeSpan)
        {
            return null;
        }

        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(limit);
        return source;
    }
}
