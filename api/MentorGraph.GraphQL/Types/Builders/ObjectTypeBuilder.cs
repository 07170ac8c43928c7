using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Types.Builders;

/// <summary>Describes an object type (spec 3.6) whose resolvers work on the context.</summary>
public sealed class ObjectTypeBuilder : ComplexTypeBuilder<ObjectTypeBuilder>, IObjectTypeBuilder
{
    internal ObjectTypeBuilder(string name)
        : base(name)
    {
    }

    public Type? ClrType { get; private set; }

    public Func<object, IResolveFieldContext, bool>? IsTypeOfCheck { get; private set; }

    /// <summary>Values of this CLR type are values of this object type when an interface or union is resolved.</summary>
    public ObjectTypeBuilder RuntimeType(Type type)
    {
        ClrType = type;
        return this;
    }

    public ObjectTypeBuilder RuntimeType<TRuntime>() => RuntimeType(typeof(TRuntime));

    public ObjectTypeBuilder IsTypeOf(Func<object, IResolveFieldContext, bool> isTypeOf)
    {
        IsTypeOfCheck = isTypeOf;
        return this;
    }
}
