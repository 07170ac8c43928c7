namespace MentorGraph.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type, or a list or non-null wrapper around one
/// (spec 3.4 Types, 3.11 List, 3.12 Non-Null). <see cref="ToString"/> gives the type
/// reference as written in SDL, such as <c>[Mentor!]!</c>.
/// </summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the bottom of any list and non-null wrappers (graphql-js getNamedType).</summary>
    public abstract NamedType GetNamedType();

    public bool IsNonNull => Kind == TypeKind.NonNull;

    /// <summary>The type without a non-null wrapper, if it has one.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Input types may be used for arguments, variables and input fields (spec 3.4.2).</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Output types may be the type of a field (spec 3.4.2).</summary>
    public bool IsOutputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public abstract override string ToString();

    /// <summary>Two type references are equal when they have the same wrappers around the same named type.</summary>
    public bool IsSameType(GraphQLType other) => (this, other) switch
    {
        (NonNullType a, NonNullType b) => a.OfType.IsSameType(b.OfType),
        (ListType a, ListType b) => a.OfType.IsSameType(b.OfType),
        (NamedType a, NamedType b) => ReferenceEquals(a, b) || a.Name == b.Name,
        _ => false,
    };
}
