using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Limits;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Configures a <see cref="RequestExecutor"/> for a schema:
/// <code>
/// var executor = new RequestExecutorBuilder(schema)
///     .WithOptions(new ExecutionOptions { Timeout = TimeSpan.FromSeconds(10) })
///     .WithParserOptions(new ParserOptions { MaxTokens = 5000 })
///     .WithOperationLimits(new OperationLimits { MaxDepth = 10 })
///     .Build();
/// </code>
/// </summary>
public sealed class RequestExecutorBuilder(Schema schema)
{
    private readonly Schema _schema = schema ?? throw new ArgumentNullException(nameof(schema));
    private readonly List<OperationLimitAnalyzer> _customLimits = [];
    private ExecutionOptions _options = new();
    private ParserOptions _parserOptions = ParserOptions.Default;
    private ValidationOptions _validationOptions = new();
    private IPersistedDocumentStore? _persistedDocuments;
    private OperationLimits? _limits = OperationLimits.Default;

    public RequestExecutorBuilder WithOptions(ExecutionOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    public RequestExecutorBuilder WithOptions(Func<ExecutionOptions, ExecutionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _options = configure(_options);
        return this;
    }

    /// <summary>Parser limits (tokens, depth) applied to every document before it is cached.</summary>
    public RequestExecutorBuilder WithParserOptions(ParserOptions options)
    {
        _parserOptions = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    public RequestExecutorBuilder WithValidationOptions(ValidationOptions options)
    {
        _validationOptions = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Depth, field, alias and cost limits (safe defaults unless set); null switches them off.</summary>
    public RequestExecutorBuilder WithOperationLimits(OperationLimits? limits)
    {
        _limits = limits;
        return this;
    }

    /// <summary>Adds a custom limit against abuse, checked once per compiled operation.</summary>
    public RequestExecutorBuilder AddOperationLimit(OperationLimitAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _customLimits.Add(analyzer);
        return this;
    }

    /// <summary>Where documents sent by id (trusted documents, persisted queries) are looked up.</summary>
    public RequestExecutorBuilder UsePersistedDocuments(IPersistedDocumentStore store)
    {
        _persistedDocuments = store ?? throw new ArgumentNullException(nameof(store));
        return this;
    }

    public RequestExecutor Build() =>
        new(_schema, _options, _parserOptions, _validationOptions, _limits, [.. _customLimits], _persistedDocuments);
}
