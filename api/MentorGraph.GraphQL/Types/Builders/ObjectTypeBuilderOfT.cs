using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>
/// Describes an object type whose values are <typeparamref name="TSource"/> instances, so
/// resolvers read the parent directly: <c>t.Field("name", "String!", org => org.Name)</c>.
/// <typeparamref name="TSource"/> is also the type's runtime type for abstract type resolution.
/// </summary>
public sealed class ObjectTypeBuilder<TSource> : ComplexTypeBuilder<ObjectTypeBuilder<TSource>>, IObjectTypeBuilder
{
    internal ObjectTypeBuilder(string name)
        : base(name)
    {
    }

    public Type? ClrType => typeof(TSource);

    public Func<object, IResolveFieldContext, bool>? IsTypeOfCheck { get; private set; }

    /// <summary>A field computed from the parent value.</summary>
    public ObjectTypeBuilder<TSource> Field(string name, string type, Func<TSource, object?> resolve, Action<FieldBuilder>? configure = null) =>
        Field(name, type, field =>
        {
            field.Resolve(FieldResolvers.From(resolve));
            configure?.Invoke(field);
        });

    /// <summary>A field computed from the parent value and the context (arguments, services, loaders).</summary>
    public ObjectTypeBuilder<TSource> Field(string name, string type, Func<TSource, IResolveFieldContext, object?> resolve, Action<FieldBuilder>? configure = null) =>
        Field(name, type, field =>
        {
            field.Resolve(FieldResolvers.From(resolve));
            configure?.Invoke(field);
        });

    public ObjectTypeBuilder<TSource> IsTypeOf(Func<object, IResolveFieldContext, bool> isTypeOf)
    {
        IsTypeOfCheck = isTypeOf;
        return this;
    }
}
