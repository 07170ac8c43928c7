using System.Collections.Concurrent;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// One response entry of a selection set plan: the merged field nodes (spec 6.3.2), the field
/// definition and resolver, and the arguments coerced once when they use no variables. Sub-plans
/// for the field's selection set are compiled on first use for each runtime object type.
/// </summary>
internal sealed class FieldPlan
{
    private readonly SelectionPlanner _planner;
    private readonly IReadOnlyDictionary<string, object?>? _staticArguments;
    private readonly GraphQLError? _staticArgumentError;
    private SelectionSetPlan? _firstSelectionSet;
    private ConcurrentDictionary<ObjectType, SelectionSetPlan>? _selectionSets;
    private IReadOnlyList<ErrorLocation>? _locations;

    public FieldPlan(SelectionPlanner planner, ObjectType parentType, string responseName, FieldNode[] nodes, FieldDefinition? definition, FieldKind kind)
    {
        _planner = planner;
        ParentType = parentType;
        ResponseName = responseName;
        Nodes = nodes;
        Definition = definition;
        Kind = kind;
        Type = definition?.Type ?? new NonNullType(Types.Scalars.SpecifiedScalars.String);
        Name = nodes[0].Name.Value;
        if (definition is not null && !nodes[0].Arguments.Any(argument => LiteralCoercion.ContainsVariable(argument.Value)))
        {
            try
            {
                _staticArguments = ArgumentValues.Coerce(definition.Arguments, nodes[0].Arguments, null, nodes[0]);
            }
            catch (GraphQLError error)
            {
                _staticArgumentError = error;
            }
        }
    }

    public string ResponseName { get; }

    /// <summary>The field's name in the schema.</summary>
    public string Name { get; }

    public FieldNode[] Nodes { get; }

    public FieldDefinition? Definition { get; }

    public FieldKind Kind { get; }

    public GraphQLType Type { get; }

    public ObjectType ParentType { get; }

    public FieldResolver? Resolver => Definition?.Resolver;

    /// <summary>The default resolver's cache of the last CLR type seen and its property reader.</summary>
    public MemberReaderCache DefaultReader { get; } = new();

    /// <summary>"Parent.field", as error messages name a field.</summary>
    public string Coordinate => ParentType.Name + "." + Name;

    public IReadOnlyList<ErrorLocation> Locations => _locations ??= ToLocations(Nodes);

    /// <summary>Spec 6.4.1 CoerceArgumentValues, done once at compile time when no variable is involved.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (_staticArguments is not null)
        {
            return _staticArguments;
        }

        if (_staticArgumentError is not null)
        {
            throw _staticArgumentError;
        }

        return ArgumentValues.Coerce(Definition!.Arguments, Nodes[0].Arguments, variables, Nodes[0]);
    }

    /// <summary>The plan of this field's merged selection sets for a runtime object type (spec 6.4.3 CompleteValue, object case).</summary>
    public SelectionSetPlan GetSelectionSet(ObjectType type)
    {
        var first = Volatile.Read(ref _firstSelectionSet);
        if (first is not null && ReferenceEquals(first.Type, type))
        {
            return first;
        }

        if (first is null)
        {
            var plan = _planner.Plan(type, Nodes);
            var winner = Interlocked.CompareExchange(ref _firstSelectionSet, plan, null);
            if (winner is null)
            {
                return plan;
            }

            if (ReferenceEquals(winner.Type, type))
            {
                return winner;
            }
        }

        var byType = LazyInitializer.EnsureInitialized(ref _selectionSets, () => new ConcurrentDictionary<ObjectType, SelectionSetPlan>(ReferenceEqualityComparer.Instance));
        return byType.GetOrAdd(type, static (objectType, field) => field._planner.Plan(objectType, field.Nodes), this);
    }

    private static ErrorLocation[] ToLocations(FieldNode[] nodes)
    {
        var locations = new List<ErrorLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        return [.. locations];
    }
}
