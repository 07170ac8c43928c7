using System.Collections;
using System.Globalization;
using System.Text;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Language;

/// <summary>
/// Writes a syntax tree as indented text without locations. Records compare their lists by
/// reference, so two parses of one document are compared through this text instead.
/// </summary>
internal static class SyntaxTreeText
{
    public static string Of(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int indent)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append('"').Append(text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('"');
                break;
            case SyntaxNode node:
                builder.Append(node.Kind).Append(" {");
                var properties = node.GetType().GetProperties()
                    .Where(p => p.Name is not (nameof(SyntaxNode.Location) or nameof(SyntaxNode.Kind)))
                    .OrderBy(p => p.Name, StringComparer.Ordinal);
                foreach (var property in properties)
                {
                    builder.Append('\n').Append(' ', (indent + 1) * 2).Append(property.Name).Append(": ");
                    Write(builder, property.GetValue(node), indent + 1);
                }

                builder.Append('\n').Append(' ', indent * 2).Append('}');
                break;
            case IEnumerable items:
                builder.Append('[');
                var any = false;
                foreach (var item in items)
                {
                    builder.Append('\n').Append(' ', (indent + 1) * 2);
                    Write(builder, item, indent + 1);
                    any = true;
                }

                if (any)
                {
                    builder.Append('\n').Append(' ', indent * 2);
                }

                builder.Append(']');
                break;
            case bool boolean:
                builder.Append(boolean ? "true" : "false");
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
