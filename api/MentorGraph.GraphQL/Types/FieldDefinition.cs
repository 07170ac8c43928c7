using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>A field of an object or interface type (spec 3.6 Objects, "FieldsDefinition").</summary>
public sealed class FieldDefinition
{
    public FieldDefinition(string name, GraphQLType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public GraphQLType Type { get; }

    public string? Description { get; init; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = [];

    /// <summary>The reason given by <c>@deprecated</c>, or null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>How the field's value is found; null means the default resolver (a property or JSON member of the parent).</summary>
    public FieldResolver? Resolver { get; init; }

    /// <summary>For a subscription root field: creates the source event stream (spec 6.2.3.1).</summary>
    public SubscriptionResolver? Subscriber { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public FieldDefinitionNode? AstNode { get; init; }

    /// <summary>Free-form metadata for layers above the engine (authorization, cost, federation).</summary>
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }
}
