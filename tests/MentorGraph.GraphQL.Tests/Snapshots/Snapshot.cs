using System.Runtime.CompilerServices;
using System.Text;

namespace MentorGraph.GraphQL.Tests.Snapshots;

/// <summary>
/// Compares text with a snapshot committed next to the test: <c>__snapshots__/&lt;Class&gt;.&lt;Method&gt;.snap</c>
/// in the test's source folder (found through [CallerFilePath], so never under bin/). The
/// first run writes a missing snapshot and passes, unless the CI environment variable is
/// set; a mismatch fails with a line diff. Line endings are compared as \n.
/// </summary>
public static class Snapshot
{
    /// <summary>Asserts that <paramref name="actual"/> equals the snapshot of the calling test.</summary>
    /// <param name="actual">The text produced by the test.</param>
    /// <param name="name">A suffix for tests with several snapshots, e.g. per theory case.</param>
    public static void Match(
        string actual,
        string? name = null,
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string callerMethod = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "__snapshots__");
        var fileName = Path.GetFileNameWithoutExtension(callerFile) + "." + callerMethod + (name is null ? string.Empty : "_" + name) + ".snap";
        var path = Path.Combine(directory, fileName);
        actual = Normalize(actual);

        if (!File.Exists(path))
        {
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                Assert.Fail($"Snapshot {fileName} is missing; run the tests locally and commit it.");
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            return;
        }

        var expected = Normalize(File.ReadAllText(path));
        if (expected != actual)
        {
            Assert.Fail($"Snapshot {fileName} does not match (- snapshot, + actual):\n{Diff(expected, actual)}");
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>A line diff from the longest common subsequence of lines, changes with a line of context.</summary>
    internal static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, int Line, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', x + 1, a[x]));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                lines.Add(('-', x + 1, a[x]));
                x++;
            }
            else
            {
                lines.Add(('+', y + 1, b[y]));
                y++;
            }
        }

        var builder = new StringBuilder();
        for (var k = 0; k < lines.Count; k++)
        {
            var nearChange = false;
            for (var d = -1; d <= 1; d++)
            {
                nearChange |= k + d >= 0 && k + d < lines.Count && lines[k + d].Mark != ' ';
            }

            if (nearChange)
            {
                builder.Append(lines[k].Mark).Append(' ').Append(lines[k].Line.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))
                    .Append(" | ").Append(lines[k].Text).Append('\n');
            }
        }

        return builder.ToString();
    }
}
