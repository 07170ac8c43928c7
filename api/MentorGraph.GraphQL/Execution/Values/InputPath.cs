using System.Globalization;
using System.Text;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Where in an input value a coercion error was found: a chain of field names and list
/// indices, printed as graphql-js's <c>printPathArray</c> does (<c>.field[0]</c>).
/// </summary>
internal sealed record InputPath(InputPath? Previous, object Key)
{
    public static string Print(InputPath? path)
    {
        if (path is null)
        {
            return string.Empty;
        }

        var segments = new Stack<object>();
        for (var current = path; current is not null; current = current.Previous)
        {
            segments.Push(current.Key);
        }

        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }

        return builder.ToString();
    }
}
