namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>Describes an argument of a field or directive, or a field of an input object.</summary>
public sealed class ArgumentBuilder
{
    internal ArgumentBuilder(string name, string type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(type);
        Name = name;
        TypeReference = type;
    }

    internal string Name { get; }

    internal string TypeReference { get; }

    internal string? DescriptionText { get; private set; }

    internal bool HasDefault { get; private set; }

    internal object? DefaultValueObject { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal List<DirectiveApplication> Directives { get; } = [];

    public ArgumentBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>The default value as a C# value (null for an explicit null default), converted to a literal of the argument's type when the schema is built.</summary>
    public ArgumentBuilder DefaultValue(object? value)
    {
        HasDefault = true;
        DefaultValueObject = value;
        return this;
    }

    /// <summary>Marks the argument <c>@deprecated</c> (spec 3.13.3); a required argument cannot be.</summary>
    public ArgumentBuilder Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Applies a directive, with arguments given as an anonymous object or dictionary.</summary>
    public ArgumentBuilder Directive(string name, object? arguments = null)
    {
        Directives.Add(DirectiveApplication.From(name, arguments));
        return this;
    }
}
