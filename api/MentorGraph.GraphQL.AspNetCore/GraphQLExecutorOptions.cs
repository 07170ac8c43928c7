using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// How a host's <see cref="IRequestExecutor"/> runs requests, bound from the <c>GraphQL</c>
/// configuration section (<c>GraphQL:EnableIntrospection</c>, <c>GraphQL:Limits:MaxDepth</c>, ...).
/// The defaults are the engine's, which are safe for production.
/// </summary>
public sealed class GraphQLExecutorOptions
{
    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Development only: resolver exception messages and stack traces reach the caller.</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>How long one request may execute; zero or less means no limit.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many parsed and validated documents are cached with their plans.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    public GraphQLLimitOptions Limits { get; set; } = new();

    /// <summary>A request executor for <paramref name="schema"/> with these options.</summary>
    public RequestExecutor CreateExecutor(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new RequestExecutorBuilder(schema)
            .WithOptions(new ExecutionOptions
            {
                EnableIntrospection = EnableIntrospection,
                IncludeExceptionDetails = IncludeExceptionDetails,
                Timeout = Timeout > TimeSpan.Zero ? Timeout : null,
                DocumentCacheSize = DocumentCacheSize,
            })
            .WithParserOptions(new ParserOptions { MaxTokens = Limits.MaxTokens, MaxDepth = Limits.MaxParserDepth })
            .WithValidationOptions(new ValidationOptions { MaxErrors = Limits.MaxValidationErrors })
            .WithOperationLimits(Limits.ToOperationLimits())
            .Build();
    }
}
