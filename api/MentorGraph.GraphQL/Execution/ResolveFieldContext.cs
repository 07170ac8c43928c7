using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The context of one resolver call. It is made only for fields that have a resolver (or need
/// one for type resolution); its path is computed from the result tree when asked for.
/// </summary>
internal sealed class ResolveFieldContext(
    OperationExecution execution,
    FieldPlan plan,
    object? source,
    ResultNode parent,
    int index,
    IReadOnlyDictionary<string, object?> arguments) : IResolveFieldContext
{
    private IReadOnlyList<object>? _path;

    public object? Source { get; } = source;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public FieldDefinition Field => plan.Definition!;

    public ObjectType ParentType => plan.ParentType;

    public IReadOnlyList<FieldNode> FieldNodes => plan.Nodes;

    public IReadOnlyList<object> Path => _path ??= parent.PathOf(index);

    public Schema Schema => execution.Plan.Schema;

    public OperationDefinitionNode Operation => execution.Plan.Operation;

    public IReadOnlyDictionary<string, object?> Variables => execution.Variables;

    public object? RootValue => execution.RootValue;

    public IServiceProvider? Services => execution.Services;

    public IDictionary<string, object?> ContextData => execution.ContextData;

    public CancellationToken CancellationToken => execution.CancellationToken;

    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        execution.ReportError(new GraphQLError(error.Message, error.Locations ?? plan.Locations, error.Path ?? Path, error.Extensions, error.InnerException));
    }

    public TLoader GetDataLoader<TLoader>(string key, Func<TLoader> create)
        where TLoader : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        return execution.Loaders.GetOrCreate(key, create);
    }
}
