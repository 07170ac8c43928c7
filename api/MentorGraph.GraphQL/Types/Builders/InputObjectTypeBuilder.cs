namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>Describes an input object type (spec 3.10), optionally <c>@oneOf</c>.</summary>
public sealed class InputObjectTypeBuilder : NamedTypeBuilder
{
    internal InputObjectTypeBuilder(string name)
        : base(name)
    {
    }

    internal List<ArgumentBuilder> Fields { get; } = [];

    internal bool IsOneOf { get; private set; }

    public InputObjectTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Exactly one field must be given, and not null (the OneOf Input Objects RFC); every field must then be nullable.</summary>
    public InputObjectTypeBuilder OneOf()
    {
        IsOneOf = true;
        return this;
    }

    public InputObjectTypeBuilder Field(string name, string type, Action<ArgumentBuilder>? configure = null)
    {
        var field = new ArgumentBuilder(name, type);
        configure?.Invoke(field);
        Fields.Add(field);
        return this;
    }

    /// <summary>A field with a default value given as a C# value.</summary>
    public InputObjectTypeBuilder Field<TValue>(string name, string type, TValue defaultValue, string? description = null)
    {
        var field = new ArgumentBuilder(name, type).DefaultValue(defaultValue);
        if (description is not null)
        {
            field.Description(description);
        }

        Fields.Add(field);
        return this;
    }

    public InputObjectTypeBuilder Directive(string name, object? arguments = null)
    {
        Directives.Add(DirectiveApplication.From(name, arguments));
        return this;
    }
}
