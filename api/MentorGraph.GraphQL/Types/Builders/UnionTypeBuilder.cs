using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>Describes a union type (spec 3.8).</summary>
public sealed class UnionTypeBuilder : NamedTypeBuilder
{
    internal UnionTypeBuilder(string name)
        : base(name)
    {
    }

    internal List<string> MemberNames { get; } = [];

    internal TypeResolver? TypeResolver { get; private set; }

    public UnionTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds member object types by name.</summary>
    public UnionTypeBuilder Members(params string[] typeNames)
    {
        MemberNames.AddRange(typeNames);
        return this;
    }

    public UnionTypeBuilder ResolveType(TypeResolver resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }

    public UnionTypeBuilder Directive(string name, object? arguments = null)
    {
        Directives.Add(DirectiveApplication.From(name, arguments));
        return this;
    }
}
