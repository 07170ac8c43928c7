using System.Globalization;
using System.Text;

namespace MentorGraph.Api.Features.Events.Calendar;

/// <summary>
/// Writes iCalendar content lines (RFC 5545): text values escaped (3.3.11), lines folded at 75
/// octets without splitting a UTF-8 sequence (3.1), every line ended by CRLF.
/// </summary>
public sealed class ICalendarWriter
{
    /// <summary>RFC 5545 3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break."</summary>
    public const int MaxLineOctets = 75;

    private readonly StringBuilder _text = new();

    /// <summary>A property whose value is TEXT: backslashes, semicolons, commas and newlines are escaped.</summary>
    public ICalendarWriter Text(string name, string value) => Line(name, EscapeText(value));

    /// <summary>A property whose value is written as given (URI, DATE-TIME, or a fixed keyword).</summary>
    public ICalendarWriter Raw(string name, string value) => Line(name, value);

    /// <summary>A DATE-TIME in UTC (RFC 5545 3.3.5, form #2: <c>19980119T070000Z</c>).</summary>
    public ICalendarWriter Utc(string name, DateTimeOffset value) =>
        Line(name, value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    public override string ToString() => _text.ToString();

    /// <summary>RFC 5545 3.3.11: <c>\\</c>, <c>\;</c>, <c>\,</c> and <c>\n</c> for a line break (CRLF, CR or LF).</summary>
    public static string EscapeText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '\\': escaped.Append(@"\\"); break;
                case ';': escaped.Append(@"\;"); break;
                case ',': escaped.Append(@"\,"); break;
                case '\r':
                    escaped.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n': escaped.Append(@"\n"); break;
                default:
                    // Other control characters are not allowed in TEXT (3.3.11, TSAFE-CHAR).
                    if (!char.IsControl(value[i]) || value[i] == '\t')
                    {
                        escaped.Append(value[i]);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    private ICalendarWriter Line(string name, string value)
    {
        Fold(name + ":" + value);
        return this;
    }

    /// <summary>
    /// RFC 5545 3.1: a long line is split by inserting CRLF followed by one space; the first line
    /// holds at most 75 octets and each continuation (its leading space included) at most 75.
    /// Splits fall between Unicode scalar values, so no UTF-8 sequence is cut in two.
    /// </summary>
    private void Fold(string line)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > limit)
            {
                _text.Append("\r\n ");
                octets = 0;
                limit = MaxLineOctets - 1;
            }

            _text.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        _text.Append("\r\n");
    }
}
