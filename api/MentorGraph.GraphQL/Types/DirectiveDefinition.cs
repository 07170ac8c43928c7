using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>A directive a schema declares (spec 3.13 Directives).</summary>
public sealed class DirectiveDefinition
{
    public DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Locations = locations;
    }

    public string Name { get; }

    public string? Description { get; init; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = [];

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>Whether the directive may be applied more than once at one location (spec 3.13 "repeatable").</summary>
    public bool IsRepeatable { get; init; }

    public DirectiveDefinitionNode? AstNode { get; init; }

    /// <summary>Whether this is one of the directives the specification defines.</summary>
    public bool IsSpecifiedDirective => Name is "skip" or "include" or "deprecated" or "specifiedBy" or "oneOf";

    public InputValueDefinition? GetArgument(string name) => Arguments.FirstOrDefault(argument => argument.Name == name);
}
