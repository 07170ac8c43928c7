using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types.Scalars;

namespace MentorGraph.GraphQL.Types;

/// <summary>The directives every schema has (spec 3.13 and the @oneOf RFC).</summary>
public static class SpecifiedDirectives
{
    /// <summary><c>@skip(if:)</c> (spec 3.13.1).</summary>
    public static DirectiveDefinition Skip { get; } = new("skip", [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Arguments = [new InputValueDefinition("if", new NonNullType(SpecifiedScalars.Boolean)) { Description = "Skipped when true." }],
    };

    /// <summary><c>@include(if:)</c> (spec 3.13.2).</summary>
    public static DirectiveDefinition Include { get; } = new("include", [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Arguments = [new InputValueDefinition("if", new NonNullType(SpecifiedScalars.Boolean)) { Description = "Included when true." }],
    };

    /// <summary>The reason <c>@deprecated</c> gives when none is written (spec 3.13.3).</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@deprecated(reason:)</c> on fields, arguments, input fields and enum values (spec 3.13.3).</summary>
    public static DirectiveDefinition Deprecated { get; } = new("deprecated", [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue])
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Arguments =
        [
            new InputValueDefinition("reason", SpecifiedScalars.String)
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValue = new StringValueNode(DefaultDeprecationReason, false),
            },
        ],
    };

    /// <summary><c>@specifiedBy(url:)</c> (spec 3.13.4).</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new("specifiedBy", [DirectiveLocation.Scalar])
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Arguments = [new InputValueDefinition("url", new NonNullType(SpecifiedScalars.String)) { Description = "The URL that specifies the behavior of this scalar." }],
    };

    /// <summary><c>@oneOf</c>: exactly one field of the input object must be given (the OneOf Input Objects RFC).</summary>
    public static DirectiveDefinition OneOf { get; } = new("oneOf", [DirectiveLocation.InputObject])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];
}
