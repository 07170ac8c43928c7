using System.Text;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// "Did you mean" hints as graphql-js words them: candidates within a lexical distance of
/// 40% of the input's length (Damerau-Levenshtein, case-insensitive), closest first, at most five.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The candidates close enough to <paramref name="input"/>, best first (graphql-js suggestionList).</summary>
    public static List<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 4 / 10) + 1;
        var lowerInput = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Distance(input, lowerInput, option, threshold);
            if (distance >= 0)
            {
                found.Add((option, distance));
            }
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(found.Count);
        foreach (var (option, _) in found)
        {
            result.Add(option);
        }

        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" or the empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>As <see cref="DidYouMean(IReadOnlyList{string})"/> with words before the names, such as "the enum value".</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            builder.Append(subMessage).Append(' ');
        }

        if (suggestions.Count == 1)
        {
            return builder.Append('"').Append(suggestions[0]).Append("\"?").ToString();
        }

        if (suggestions.Count == 2)
        {
            return builder.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count - 1; i++)
        {
            builder.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return builder.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    /// <summary>Orders strings comparing runs of digits by their numeric value (graphql-js naturalCompare).</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            var ac = a[ai];
            var bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long an = 0;
                do
                {
                    an = (an * 10) + (ac - '0');
                    ai++;
                    ac = ai < a.Length ? a[ai] : '\0';
                }
                while (char.IsAsciiDigit(ac) && an > 0);

                long bn = 0;
                do
                {
                    bn = (bn * 10) + (bc - '0');
                    bi++;
                    bc = bi < b.Length ? b[bi] : '\0';
                }
                while (char.IsAsciiDigit(bc) && bn > 0);

                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }

                ai++;
                bi++;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>The optimal-string-alignment distance, or -1 when it exceeds the threshold.</summary>
    private static int Distance(string input, string lowerInput, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var lowerOption = option.ToLowerInvariant();
        if (lowerInput == lowerOption)
        {
            return 1;
        }

        var a = lowerInput;
        var b = lowerOption;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return -1;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallest = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                if (cell < smallest)
                {
                    smallest = cell;
                }

                currentRow[j] = cell;
            }

            if (smallest > threshold)
            {
                return -1;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : -1;
    }
}
