using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>
/// Fields, interfaces, description and directives of an object or interface type. Methods
/// return the concrete builder, so calls chain: <c>t.Implements("Node").Field("id", "ID!")</c>.
/// Type references are SDL (<c>"[Mentor!]!"</c>) and may name types defined later.
/// </summary>
public abstract class ComplexTypeBuilder<TBuilder> : NamedTypeBuilder, IComplexTypeBuilder
    where TBuilder : ComplexTypeBuilder<TBuilder>
{
    private protected ComplexTypeBuilder(string name)
        : base(name)
    {
    }

    List<FieldBuilder> IComplexTypeBuilder.Fields => FieldList;

    List<string> IComplexTypeBuilder.InterfaceNames => InterfaceList;

    internal List<FieldBuilder> FieldList { get; } = [];

    internal List<string> InterfaceList { get; } = [];

    private TBuilder Self => (TBuilder)this;

    public TBuilder Description(string description)
    {
        DescriptionText = description;
        return Self;
    }

    /// <summary>Declares implemented interfaces; interfaces they implement must be listed too (spec 3.7).</summary>
    public TBuilder Implements(params string[] interfaces)
    {
        InterfaceList.AddRange(interfaces);
        return Self;
    }

    /// <summary>Applies a directive, with arguments given as an anonymous object or dictionary.</summary>
    public TBuilder Directive(string name, object? arguments = null)
    {
        Directives.Add(DirectiveApplication.From(name, arguments));
        return Self;
    }

    public TBuilder Metadata(string key, object? value)
    {
        MetadataEntries[key] = value;
        return Self;
    }

    /// <summary>A field resolved by the default resolver unless <paramref name="configure"/> sets one.</summary>
    public TBuilder Field(string name, string type, Action<FieldBuilder>? configure = null)
    {
        var field = new FieldBuilder(name, type);
        configure?.Invoke(field);
        FieldList.Add(field);
        return Self;
    }

    /// <summary>A field with an asynchronous resolver.</summary>
    public TBuilder Field(string name, string type, FieldResolver resolve, Action<FieldBuilder>? configure = null) =>
        Field(name, type, field =>
        {
            field.Resolve(resolve);
            configure?.Invoke(field);
        });

    /// <summary>A field with a synchronous resolver over the context.</summary>
    public TBuilder Field(string name, string type, Func<IResolveFieldContext, object?> resolve, Action<FieldBuilder>? configure = null) =>
        Field(name, type, field =>
        {
            field.Resolve(resolve);
            configure?.Invoke(field);
        });
}
