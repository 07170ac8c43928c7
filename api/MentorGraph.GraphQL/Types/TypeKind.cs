namespace MentorGraph.GraphQL.Types;

/// <summary>The kinds of type, as introspection's <c>__TypeKind</c> names them (spec 4.2.2).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
