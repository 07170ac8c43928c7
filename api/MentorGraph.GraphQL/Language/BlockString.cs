using System.Buffers;
using System.Text;

namespace MentorGraph.GraphQL.Language;

/// <summary>
/// Block strings (spec 2.9.4): the dedent that turns the raw text between <c>"""</c> into
/// its value, and the reverse, printing a value as a block string the way graphql-js does.
/// </summary>
public static class BlockString
{
    /// <summary>BlockStringValue(rawValue) (spec 2.9.4), for a raw value whose <c>\"""</c> are already unescaped.</summary>
    public static string Dedent(string rawValue)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        return Dedent(rawValue.AsSpan());
    }

    /// <summary>
    /// BlockStringValue(rawValue) (spec 2.9.4): removes the common indentation of every line
    /// but the first, then the leading and trailing lines holding only white space, and
    /// joins the lines with line feeds. Lines end at \n, \r\n or \r.
    /// </summary>
    public static string Dedent(ReadOnlySpan<char> rawValue)
    {
        // First pass: the common indent (of lines after the first that are not only white
        // space), and the first and last lines that hold more than white space.
        var commonIndent = int.MaxValue;
        var firstContentLine = -1;
        var lastContentLine = -1;
        var lineIndex = 0;
        var position = 0;
        while (true)
        {
            var line = NextLine(rawValue, ref position, out var hasMore);
            var indent = LeadingWhiteSpace(line);
            if (indent < line.Length)
            {
                if (lineIndex > 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }

                if (firstContentLine < 0)
                {
                    firstContentLine = lineIndex;
                }

                lastContentLine = lineIndex;
            }

            if (!hasMore)
            {
                break;
            }

            lineIndex++;
        }

        if (firstContentLine < 0)
        {
            return string.Empty;
        }

        // Second pass: write the kept lines without the common indent. The value is never
        // longer than the raw value.
        char[]? rented = null;
        var buffer = rawValue.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(rawValue.Length));
        try
        {
            var written = 0;
            lineIndex = 0;
            position = 0;
            while (lineIndex <= lastContentLine)
            {
                var line = NextLine(rawValue, ref position, out _);
                if (lineIndex >= firstContentLine)
                {
                    if (lineIndex > firstContentLine)
                    {
                        buffer[written++] = '\n';
                    }

                    if (lineIndex > 0)
                    {
                        line = line[Math.Min(commonIndent, line.Length)..];
                    }

                    line.CopyTo(buffer[written..]);
                    written += line.Length;
                }

                lineIndex++;
            }

            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Prints a value as a block string that reads back as the same value, as graphql-js's
    /// <c>printBlockString</c>: <c>"""</c> escaped, and the value on lines of its own when it
    /// spans lines, is long, or starts or ends in a way the dedent would otherwise change.
    /// <paramref name="minimize"/> keeps it on as few lines as possible.
    /// </summary>
    public static string Print(string value, bool minimize = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);

        var lineCount = 1;
        var forceLeadingNewLine = true;
        var position = 0;
        var text = escaped.AsSpan();
        NextLine(text, ref position, out var hasMore);
        while (hasMore)
        {
            lineCount++;
            var line = NextLine(text, ref position, out hasMore);

            // If every line after the first is empty or indented, a leading new line keeps
            // that indentation from being taken as common indent.
            if (line.Length > 0 && !IsWhiteSpace(line[0]))
            {
                forceLeadingNewLine = false;
            }
        }

        var isSingleLine = lineCount == 1;
        forceLeadingNewLine &= !isSingleLine;

        // Trailing triple quotes just look confusing but do not force a trailing new line.
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);

        // A trailing quote (single or double) or backslash forces a trailing new line.
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;

        var printAsMultipleLines = !minimize &&
            (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");

        // A single line starting with white space is printed on the first line: the dedent
        // never strips the first line.
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append("\"\"\"");
        return builder.ToString();
    }

    /// <summary>
    /// Whether <see cref="Print"/> gives text that reads back as exactly this value (as
    /// graphql-js's <c>isPrintableAsBlockString</c>): no control characters but tab and line
    /// feed, no carriage return, no leading or trailing empty lines, no indent common to
    /// every line after the first.
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or (>= '\u000E' and <= '\u001F'):
                    return false;
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    // WhiteSpace :: Horizontal Tab | Space (spec 2.1.2).
    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';

    private static int LeadingWhiteSpace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The line starting at <paramref name="position"/>; moves past its LineTerminator (spec 2.1.3).</summary>
    private static ReadOnlySpan<char> NextLine(ReadOnlySpan<char> text, ref int position, out bool hasMore)
    {
        var rest = text[position..];
        var end = rest.IndexOfAny('\n', '\r');
        if (end < 0)
        {
            position = text.Length;
            hasMore = false;
            return rest;
        }

        position += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
        hasMore = true;
        return rest[..end];
    }
}
