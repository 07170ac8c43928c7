using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Utilities;

/// <summary>
/// Prints default values and applied directives with the language printer, as graphql-js
/// prints <c>astFromValue</c>'s result: strings always as regular strings, since a default value
/// or directive argument is a value, not a description (SDL may have written it as a block string).
/// </summary>
internal static class LiteralPrinter
{
    public static string Print(ValueNode value) => Printer.Print(WithoutBlockStrings(value));

    public static string Print(DirectiveNode directive) =>
        Printer.Print(directive with
        {
            Arguments = [.. directive.Arguments.Select(argument => argument with { Value = WithoutBlockStrings(argument.Value) })],
        });

    private static ValueNode WithoutBlockStrings(ValueNode value) => value switch
    {
        StringValueNode { Block: true } s => s with { Block = false },
        ListValueNode list => list with { Values = [.. list.Values.Select(WithoutBlockStrings)] },
        ObjectValueNode obj => obj with { Fields = [.. obj.Fields.Select(field => field with { Value = WithoutBlockStrings(field.Value) })] },
        _ => value,
    };
}
