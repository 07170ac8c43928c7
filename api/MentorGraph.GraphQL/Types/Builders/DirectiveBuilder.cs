using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>Declares a custom directive (spec 3.13), such as <c>@auth(role: Role!) on FIELD_DEFINITION</c>.</summary>
public sealed class DirectiveBuilder
{
    internal DirectiveBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name.TrimStart('@');
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<ArgumentBuilder> Arguments { get; } = [];

    internal List<DirectiveLocation> LocationList { get; } = [];

    internal bool IsRepeatable { get; private set; }

    public DirectiveBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    public DirectiveBuilder Argument(string name, string type, Action<ArgumentBuilder>? configure = null)
    {
        var argument = new ArgumentBuilder(name, type);
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    public DirectiveBuilder Argument<TValue>(string name, string type, TValue defaultValue, string? description = null)
    {
        var argument = new ArgumentBuilder(name, type).DefaultValue(defaultValue);
        if (description is not null)
        {
            argument.Description(description);
        }

        Arguments.Add(argument);
        return this;
    }

    public DirectiveBuilder Locations(params DirectiveLocation[] locations)
    {
        LocationList.AddRange(locations);
        return this;
    }

    public DirectiveBuilder Repeatable()
    {
        IsRepeatable = true;
        return this;
    }
}
