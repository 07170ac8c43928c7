using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Types;

/// <summary>A resolver context for calling resolvers directly, without the executor.</summary>
internal sealed class FakeResolveFieldContext(Schema schema, object? source, IReadOnlyDictionary<string, object?>? arguments = null) : IResolveFieldContext
{
    public object? Source { get; } = source;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments ?? new Dictionary<string, object?>();

    public FieldDefinition Field { get; init; } = new("fake", MentorGraph.GraphQL.Types.Scalars.SpecifiedScalars.String);

    public ObjectType ParentType { get; init; } = schema.QueryType!;

    public IReadOnlyList<FieldNode> FieldNodes { get; } = [];

    public IReadOnlyList<object> Path { get; } = [];

    public Schema Schema { get; } = schema;

    public OperationDefinitionNode Operation => throw new NotSupportedException();

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

    public object? RootValue => null;

    public IServiceProvider? Services => null;

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public CancellationToken CancellationToken => CancellationToken.None;

    public void ReportError(GraphQLError error) => throw new NotSupportedException();

    public TLoader GetDataLoader<TLoader>(string key, Func<TLoader> create)
        where TLoader : class => create();

    /// <summary>Runs a field's resolver on a source value.</summary>
    public static object? Resolve(Schema schema, ComplexType type, string fieldName, object? source, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var field = type.GetField(fieldName) ?? throw new ArgumentException($"No field {type.Name}.{fieldName}.");
        var context = new FakeResolveFieldContext(schema, source, arguments) { Field = field, ParentType = type as ObjectType ?? schema.QueryType! };
        var task = field.Resolver!(context);
        return task.IsCompleted ? task.Result : task.AsTask().GetAwaiter().GetResult();
    }
}
