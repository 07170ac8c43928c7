using System.Text;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Utilities;

/// <summary>
/// Prints input value literals and applied directives as GraphQL source text, in the form
/// graphql-js's <c>print</c> gives them. Strings are always printed as regular strings, since a
/// default value or directive argument is a value, not a description.
/// </summary>
internal static class LiteralPrinter
{
    public static string Print(ValueNode value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    public static string Print(DirectiveNode directive)
    {
        var builder = new StringBuilder("@").Append(directive.Name.Value);
        if (directive.Arguments.Count > 0)
        {
            builder.Append('(');
            for (var i = 0; i < directive.Arguments.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(directive.Arguments[i].Name.Value).Append(": ");
                Append(builder, directive.Arguments[i].Value);
            }

            builder.Append(')');
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case NullValueNode:
                builder.Append("null");
                break;
            case IntValueNode i:
                builder.Append(i.Value);
                break;
            case FloatValueNode f:
                builder.Append(f.Value);
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case EnumValueNode e:
                builder.Append(e.Value);
                break;
            case VariableNode v:
                builder.Append('$').Append(v.Name.Value);
                break;
            case StringValueNode s:
                builder.Append(Types.Describe.Quote(s.Value));
                break;
            case ListValueNode l:
                builder.Append('[');
                for (var i = 0; i < l.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, l.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode o:
                builder.Append('{');
                for (var i = 0; i < o.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(o.Fields[i].Name.Value).Append(": ");
                    Append(builder, o.Fields[i].Value);
                }

                builder.Append('}');
                break;
            default:
                throw new ArgumentException($"Unexpected value node {value.Kind}.", nameof(value));
        }
    }
}
