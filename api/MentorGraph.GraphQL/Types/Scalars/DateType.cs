using System.Globalization;
using System.Text.RegularExpressions;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types.Scalars;

/// <summary>
/// A calendar date without a time or zone, written as an RFC 3339 <c>full-date</c> (section 5.6),
/// such as <c>2024-05-01</c>. The internal value is a <see cref="DateOnly"/>.
/// </summary>
public sealed partial class DateType : ScalarType
{
    public DateType()
        : base("Date")
    {
        Description = "A calendar date, as an RFC 3339 full-date string such as `2024-05-01`.";
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/local-date";
    }

    public override object Serialize(object value) => value switch
    {
        DateOnly date => Format(date),
        string s => Format(Parse(s)),
        _ => throw new ValueCoercionException($"Date cannot represent value: {Describe.Value(value)}"),
    };

    public override object ParseValue(object value) =>
        value is string s ? Parse(s) : throw new ValueCoercionException($"Date cannot represent a non string value: {Describe.Value(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? Parse(s.Value) : throw new ValueCoercionException($"Date cannot represent a non string value: {Describe.Literal(literal)}");

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value), false);

    /// <summary>Parses an RFC 3339 full-date, with a useful reason when it is not one.</summary>
    public static DateOnly Parse(string text)
    {
        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            throw Invalid(text, "expected an RFC 3339 full-date such as 2024-05-01");
        }

        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        if (year == 0)
        {
            throw Invalid(text, "year 0000 cannot be represented");
        }

        if (month is < 1 or > 12)
        {
            throw Invalid(text, $"month {month:00} does not exist");
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw Invalid(text, $"day {day:00} does not exist in {year:0000}-{month:00}");
        }

        return new DateOnly(year, month, day);
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ValueCoercionException Invalid(string text, string reason) =>
        new($"Date cannot represent an invalid date string {Describe.Quote(text)}: {reason}.");

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
