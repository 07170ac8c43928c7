using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Limits;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Runs requests against one schema through a pipeline of small stages, in the order of
/// HotChocolate's: persisted document → document cache and parse → validate → operation and
/// plan cache → allowed operations → introspection switch → variables → operation limits →
/// execute. A repeated document skips parse, validation and planning.
/// Build one with <see cref="RequestExecutorBuilder"/>; it is thread-safe and meant to live as long as its schema.
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly IRequestStage[] _stages;
    private readonly DocumentCache _documents;

    internal RequestExecutor(
        Schema schema,
        ExecutionOptions options,
        ParserOptions parserOptions,
        ValidationOptions validationOptions,
        OperationLimits? limits,
        IReadOnlyList<OperationLimitAnalyzer> customLimits,
        IPersistedDocumentStore? persistedDocuments)
    {
        Schema = schema;
        Options = options;
        _documents = new DocumentCache(options.DocumentCacheSize);
        _stages =
        [
            new PersistedDocumentStage(persistedDocuments),
            new DocumentStage(_documents, parserOptions, Statistics),
            new ValidationStage(schema, validationOptions, Statistics),
            new OperationStage(schema, new OperationLimitsCheck(customLimits), Statistics),
            new AllowedOperationsStage(),
            new IntrospectionStage(options.EnableIntrospection),
            new VariablesStage(),
            new OperationLimitsStage(limits),
            new ExecutionStage(new OperationExecutor(options)),
        ];
    }

    public Schema Schema { get; }

    public ExecutionOptions Options { get; }

    /// <summary>Cache hits, parses, validations and plan compilations so far.</summary>
    public RequestExecutorStatistics Statistics { get; } = new();

    /// <summary>How many documents the cache holds.</summary>
    public int CachedDocumentCount => _documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new RequestContext(request, cancellationToken);
        foreach (var stage in _stages)
        {
            var pending = stage.InvokeAsync(context);
            if (!pending.IsCompletedSuccessfully)
            {
                await pending.ConfigureAwait(false);
            }

            if (context.Result is not null)
            {
                return context.Result;
            }
        }

        throw new InvalidOperationException("The request pipeline ended without a result.");
    }
}
