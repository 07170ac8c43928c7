using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Types;

/// <summary>An object type (spec 3.6 Objects).</summary>
public sealed class ObjectType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
    : ComplexType(name, fields, interfaces)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>
    /// The CLR type whose instances are values of this object type, if any. Abstract types
    /// resolve a runtime value to this object type when the value is an instance of it.
    /// </summary>
    public Type? RuntimeType { get; init; }

    /// <summary>Decides whether a value belongs to this type, when <see cref="RuntimeType"/> cannot tell.</summary>
    public Func<object, IResolveFieldContext, bool>? IsTypeOf { get; init; }
}
