using System.Globalization;
using System.Text.RegularExpressions;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types.Scalars;

/// <summary>
/// An instant with its UTC offset, written as an RFC 3339 <c>date-time</c> (section 5.6), such
/// as <c>2024-05-01T09:30:00.000+02:00</c>. The internal value is a <see cref="DateTimeOffset"/>;
/// results keep their offset and carry milliseconds, as the scalars.graphql.org date-time
/// specification asks. A local time without an offset is refused: it does not name an instant.
/// </summary>
public sealed partial class DateTimeType : ScalarType
{
    public DateTimeType()
        : base("DateTime")
    {
        Description = "A date and time with a UTC offset, as an RFC 3339 date-time string such as `2024-05-01T09:30:00.000+02:00`.";
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time";
    }

    public override object Serialize(object value) => value switch
    {
        DateTimeOffset instant => Format(instant),
        DateTime { Kind: DateTimeKind.Utc or DateTimeKind.Local } dateTime => Format(new DateTimeOffset(dateTime)),
        DateTime => throw new ValueCoercionException($"DateTime cannot represent a date and time without an offset (DateTimeKind.Unspecified): {Describe.Value(value.ToString())}"),
        string s => Format(Parse(s)),
        _ => throw new ValueCoercionException($"DateTime cannot represent value: {Describe.Value(value)}"),
    };

    public override object ParseValue(object value) =>
        value is string s ? Parse(s) : throw new ValueCoercionException($"DateTime cannot represent a non string value: {Describe.Value(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? Parse(s.Value) : throw new ValueCoercionException($"DateTime cannot represent a non string value: {Describe.Literal(literal)}");

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value), false);

    /// <summary>Parses an RFC 3339 date-time (section 5.6), with a useful reason when it is not one.</summary>
    public static DateTimeOffset Parse(string text)
    {
        var match = DateTimePattern().Match(text);
        if (!match.Success)
        {
            throw Invalid(text, "expected an RFC 3339 date-time such as 2024-05-01T09:30:00Z, with a time offset");
        }

        var year = Number(match, "year");
        var month = Number(match, "month");
        var day = Number(match, "day");
        var hour = Number(match, "hour");
        var minute = Number(match, "minute");
        var second = Number(match, "second");
        if (month is < 1 or > 12)
        {
            throw Invalid(text, $"month {month:00} does not exist");
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw Invalid(text, $"day {day:00} does not exist in {year:0000}-{month:00}");
        }

        if (hour > 23 || minute > 59)
        {
            throw Invalid(text, "the time of day is out of range");
        }

        if (second == 60)
        {
            throw Invalid(text, "leap seconds cannot be represented");
        }

        if (second > 59)
        {
            throw Invalid(text, "the seconds are out of range");
        }

        var offset = TimeSpan.Zero;
        var offsetText = match.Groups["offset"].Value;
        if (offsetText is not ("Z" or "z"))
        {
            var offsetHours = int.Parse(offsetText.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var offsetMinutes = int.Parse(offsetText.AsSpan(4, 2), CultureInfo.InvariantCulture);
            if (offsetHours > 23 || offsetMinutes > 59)
            {
                throw Invalid(text, "the time offset is out of range");
            }

            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (offsetText[0] == '-')
            {
                offset = -offset;
            }

            if (offset.Duration() > TimeSpan.FromHours(14))
            {
                throw Invalid(text, "the time offset is beyond ±14:00");
            }
        }

        // Fractions finer than 100 ns (a tick) are truncated rather than refused.
        var fraction = match.Groups["fraction"].Value;
        var ticks = fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture);
        return new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks);
    }

    private static string Format(DateTimeOffset instant) => instant.Offset == TimeSpan.Zero
        ? instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
        : instant.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static ValueCoercionException Invalid(string text, string reason) =>
        new($"DateTime cannot represent an invalid date-time string {Describe.Quote(text)}: {reason}.");

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})[Tt](?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2})(?:\.(?<fraction>\d+))?(?<offset>[Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}
