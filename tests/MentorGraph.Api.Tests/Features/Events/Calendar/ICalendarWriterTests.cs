using System.Text;
using MentorGraph.Api.Features.Events.Calendar;

namespace MentorGraph.Api.Tests.Features.Events.Calendar;

/// <summary>RFC 5545 content lines: escaping (3.3.11), folding at 75 octets (3.1), CRLF.</summary>
public sealed class ICalendarWriterTests
{
    [Fact]
    public void Text_EscapesBackslashesSemicolonsCommasAndNewlines()
    {
        var written = new ICalendarWriter().Text("SUMMARY", "CV, cover letter; a\\b\r\nnext\nlast").ToString();

        Assert.Equal("SUMMARY:CV\\, cover letter\\; a\\\\b\\nnext\\nlast\r\n", written);
    }

    [Fact]
    public void LongAsciiLine_IsFoldedAt75OctetsWithALeadingSpace()
    {
        var written = new ICalendarWriter().Text("DESCRIPTION", new string('x', 200)).ToString();

        var lines = written.Split("\r\n")[..^1];
        Assert.Equal(75, Encoding.UTF8.GetByteCount(lines[0]));
        Assert.All(lines[1..], line => Assert.StartsWith(" ", line, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));
        Assert.Equal("DESCRIPTION:" + new string('x', 200), Unfold(written).TrimEnd('\r', '\n'));
    }

    [Theory]
    [InlineData("ورشة عمل حول الاعتراف بالشهادات الأجنبية والتراخيص المهنية في ألمانيا")]
    [InlineData("Семінар з визнання іноземних дипломів та професійних ліцензій у Німеччині")]
    [InlineData("🎓🧑‍⚕️👷‍♀️ career fair 🎓🧑‍⚕️👷‍♀️ career fair 🎓🧑‍⚕️👷‍♀️ career fair 🎓🧑‍⚕️👷‍♀️")]
    public void MultiByteText_IsFoldedBetweenCharacters_NeverInsideAUtf8Sequence(string title)
    {
        var written = new ICalendarWriter().Text("SUMMARY", title).ToString();

        var bytes = Encoding.UTF8.GetBytes(written);
        var lines = written.Split("\r\n")[..^1];
        Assert.True(lines.Length > 1);
        Assert.All(lines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));

        // Each physical line decodes on its own: no line ends or starts in the middle of a sequence.
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                _ = strict.GetString(bytes, start, i - start);
                start = i + 2;
            }
        }

        Assert.Equal("SUMMARY:" + title, Unfold(written).TrimEnd('\r', '\n'));
    }

    [Fact]
    public void Utc_WritesTheFormWithAZ()
    {
        var written = new ICalendarWriter().Utc("DTSTART", new DateTimeOffset(2026, 3, 5, 18, 30, 0, TimeSpan.FromHours(1))).ToString();

        Assert.Equal("DTSTART:20260305T173000Z\r\n", written);
    }

    /// <summary>RFC 5545 3.1: unfolding removes each CRLF immediately followed by a space or tab.</summary>
    public static string Unfold(string text) => text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n\t", string.Empty, StringComparison.Ordinal);
}
