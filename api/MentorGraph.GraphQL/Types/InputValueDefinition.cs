using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// An argument of a field or directive, or a field of an input object
/// (spec 3.6.1 Field Arguments, 3.10 Input Objects). The default value is kept as a literal,
/// which is what SDL and introspection print; it is coerced when used.
/// </summary>
public sealed class InputValueDefinition
{
    public InputValueDefinition(string name, GraphQLType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public GraphQLType Type { get; }

    public string? Description { get; init; }

    /// <summary>The default value literal, or null when there is none (a <see cref="NullValueNode"/> is an explicit null default).</summary>
    public ValueNode? DefaultValue { get; init; }

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public InputValueDefinitionNode? AstNode { get; init; }

    /// <summary>Free-form metadata for layers above the engine.</summary>
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>An argument is required when it is non-null and has no default (spec 5.4.2.1).</summary>
    public bool IsRequired => Type.IsNonNull && DefaultValue is null;
}
