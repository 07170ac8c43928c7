using System.Text;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// How types relate to each other and to type references in a document: graphql-js's
/// typeFromAST, isTypeSubTypeOf and doTypesOverlap (spec 5.5.2.3, 5.8.5).
/// </summary>
public static class TypeRelations
{
    /// <summary>The schema type a type reference names, or null when its named type is unknown.</summary>
    public static GraphQLType? FromAst(Schema schema, TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => FromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => FromAst(schema, nonNull.Type) is { } inner && inner is not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>A type reference as written in a document, such as <c>[Int!]</c>.</summary>
    public static string Print(TypeNode typeNode)
    {
        var builder = new StringBuilder();
        Append(builder, typeNode);
        return builder.ToString();

        static void Append(StringBuilder builder, TypeNode node)
        {
            switch (node)
            {
                case NamedTypeNode named:
                    builder.Append(named.Name.Value);
                    break;
                case ListTypeNode list:
                    builder.Append('[');
                    Append(builder, list.Type);
                    builder.Append(']');
                    break;
                case NonNullTypeNode nonNull:
                    Append(builder, nonNull.Type);
                    builder.Append('!');
                    break;
            }
        }
    }

    public static bool IsSameNamedType(NamedType? a, NamedType? b) =>
        a is not null && b is not null && (ReferenceEquals(a, b) || a.Name == b.Name);

    /// <summary>Whether the type is an object, interface or union (spec 3.4.1 "composite").</summary>
    public static bool IsCompositeType(GraphQLType? type) =>
        type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(GraphQLType? type) => type is InterfaceType or UnionType;

    public static bool IsLeafType(GraphQLType? type) => type is LeafType;

    /// <summary>
    /// Whether a value of <paramref name="maybeSubType"/> is always a valid value of
    /// <paramref name="superType"/>: the same type, stricter nullability, or a possible type
    /// of an abstract type (graphql-js isTypeSubTypeOf).
    /// </summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is NonNullType subNonNull)
                {
                    maybeSubType = subNonNull.OfType;
                    superType = superNonNull.OfType;
                    continue;
                }

                return false;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is ListType subList)
                {
                    maybeSubType = subList.OfType;
                    superType = superList.OfType;
                    continue;
                }

                return false;
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            if (superType is NamedType superNamed && maybeSubType is NamedType subNamed && superNamed.Name == subNamed.Name)
            {
                return true;
            }

            return IsAbstractType(superType)
                && maybeSubType is ObjectType or InterfaceType
                && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
        }
    }

    /// <summary>
    /// Whether some object could be of both types: the same type, a possible type of an
    /// abstract one, or a common possible type of two abstract ones (spec 5.5.2.3).
    /// </summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        if (IsSameNamedType(typeA, typeB))
        {
            return true;
        }

        if (IsAbstractType(typeA))
        {
            if (IsAbstractType(typeB))
            {
                var possible = schema.GetPossibleTypes(typeA);
                for (var i = 0; i < possible.Count; i++)
                {
                    if (schema.IsSubType(typeB, possible[i]))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(typeA, typeB);
        }

        return IsAbstractType(typeB) && schema.IsSubType(typeB, typeA);
    }
}
