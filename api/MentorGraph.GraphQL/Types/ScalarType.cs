namespace MentorGraph.GraphQL.Types;

/// <summary>
/// A scalar type (spec 3.5 Scalars). Custom scalars name the specification of their format with
/// <c>@specifiedBy(url:)</c> (spec 3.5.1).
/// </summary>
public abstract class ScalarType(string name) : LeafType(name)
{
    public override TypeKind Kind => TypeKind.Scalar;

    public string? SpecifiedByUrl { get; init; }

    /// <summary>Whether this is one of the five scalars the specification defines (spec 3.5).</summary>
    public bool IsSpecifiedScalar => Name is "Int" or "Float" or "String" or "Boolean" or "ID";
}
