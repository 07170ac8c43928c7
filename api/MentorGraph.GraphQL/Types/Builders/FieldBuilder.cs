using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>Describes a field of an object or interface type.</summary>
public sealed class FieldBuilder
{
    internal FieldBuilder(string name, string type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(type);
        Name = name;
        TypeReference = type;
    }

    internal string Name { get; }

    internal string TypeReference { get; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal FieldResolver? Resolver { get; private set; }

    internal SubscriptionResolver? Subscriber { get; private set; }

    internal List<ArgumentBuilder> Arguments { get; } = [];

    internal List<DirectiveApplication> Directives { get; } = [];

    internal Dictionary<string, object?> MetadataEntries { get; } = new(StringComparer.Ordinal);

    public FieldBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the field <c>@deprecated</c> (spec 3.13.3).</summary>
    public FieldBuilder Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Adds an argument, such as <c>.Argument("id", "ID!")</c>.</summary>
    public FieldBuilder Argument(string name, string type, Action<ArgumentBuilder>? configure = null)
    {
        var argument = new ArgumentBuilder(name, type);
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    /// <summary>Adds an argument with a default value, such as <c>.Argument("first", "Int!", 20)</c>.</summary>
    public FieldBuilder Argument<TValue>(string name, string type, TValue defaultValue, string? description = null)
    {
        var argument = new ArgumentBuilder(name, type).DefaultValue(defaultValue);
        if (description is not null)
        {
            argument.Description(description);
        }

        Arguments.Add(argument);
        return this;
    }

    public FieldBuilder Resolve(FieldResolver resolver)
    {
        Resolver = resolver;
        return this;
    }

    /// <summary>A synchronous resolver; a task it returns is awaited.</summary>
    public FieldBuilder Resolve(Func<IResolveFieldContext, object?> resolver)
    {
        Resolver = FieldResolvers.From(resolver);
        return this;
    }

    /// <summary>For a subscription root field: the source event stream (spec 6.2.3.1).</summary>
    public FieldBuilder Subscribe(SubscriptionResolver subscriber)
    {
        Subscriber = subscriber;
        return this;
    }

    /// <summary>Applies a directive, with arguments given as an anonymous object or dictionary.</summary>
    public FieldBuilder Directive(string name, object? arguments = null)
    {
        Directives.Add(DirectiveApplication.From(name, arguments));
        return this;
    }

    /// <summary>Free-form metadata for layers above the engine (authorization, cost).</summary>
    public FieldBuilder Metadata(string key, object? value)
    {
        MetadataEntries[key] = value;
        return this;
    }
}
