using System.Text;

namespace MentorGraph.Api.Tests.Features;

/// <summary>A line diff of two texts (longest common subsequence), with three lines of context around each change.</summary>
internal static class LineDiff
{
    private const int Context = 3;

    public static string Unified(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');

        // lengths[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                lines.Add(('+', b[y++]));
            }
            else
            {
                lines.Add(('-', a[x++]));
            }
        }

        var text = new StringBuilder();
        var lastPrinted = -1;
        for (var k = 0; k < lines.Count; k++)
        {
            var nearChange = false;
            for (var n = Math.Max(0, k - Context); n <= Math.Min(lines.Count - 1, k + Context) && !nearChange; n++)
            {
                nearChange = lines[n].Mark != ' ';
            }

            if (!nearChange)
            {
                continue;
            }

            if (lastPrinted >= 0 && k > lastPrinted + 1)
            {
                text.Append("...\n");
            }

            text.Append(lines[k].Mark).Append(' ').Append(lines[k].Text).Append('\n');
            lastPrinted = k;
        }

        return text.ToString();
    }
}
