using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>One value of an enum type (spec 3.9 "EnumValuesDefinition").</summary>
public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object? value = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Value = value ?? name;
    }

    public string Name { get; }

    /// <summary>The value resolvers see and return: a CLR enum member, or the name itself by default.</summary>
    public object Value { get; }

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public EnumValueDefinitionNode? AstNode { get; init; }
}
