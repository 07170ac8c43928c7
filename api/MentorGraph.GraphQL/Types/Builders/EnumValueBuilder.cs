namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>Describes one value of an enum type.</summary>
public sealed class EnumValueBuilder
{
    internal EnumValueBuilder(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Value = value;
    }

    internal string Name { get; }

    internal object? Value { get; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal List<DirectiveApplication> Directives { get; } = [];

    public EnumValueBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    public EnumValueBuilder Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    public EnumValueBuilder Directive(string name, object? arguments = null)
    {
        Directives.Add(DirectiveApplication.From(name, arguments));
        return this;
    }
}
