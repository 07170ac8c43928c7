using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Types.Scalars;

namespace MentorGraph.GraphQL.Tests.Types;

/// <summary>Spec 3.5 result and input coercion of the specified scalars, and the custom scalars' formats.</summary>
public sealed class ScalarCoercionTests
{
    [Theory]
    [InlineData(2147483647L)]
    [InlineData(-2147483648L)]
    public void Int_InRange_IsAccepted(long value)
    {
        Assert.Equal((int)value, SpecifiedScalars.Int.ParseValue(value));
    }

    [Fact]
    public void Int_OutOfRange_IsRejected()
    {
        var error = Assert.Throws<ValueCoercionException>(() => SpecifiedScalars.Int.ParseValue(2147483648L));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", error.Message);

        var literal = Assert.Throws<ValueCoercionException>(() => SpecifiedScalars.Int.ParseLiteral(new IntValueNode("-2147483649")));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: -2147483649", literal.Message);
    }

    [Fact]
    public void Int_FractionOrString_IsRejectedOnInput()
    {
        Assert.Equal("Int cannot represent non-integer value: 1.5", Assert.Throws<ValueCoercionException>(() => SpecifiedScalars.Int.ParseValue(1.5)).Message);
        Assert.Equal("Int cannot represent non-integer value: \"1\"", Assert.Throws<ValueCoercionException>(() => SpecifiedScalars.Int.ParseValue("1")).Message);
        Assert.Equal(3, SpecifiedScalars.Int.ParseValue(3.0));
    }

    [Fact]
    public void Float_NonFinite_IsRejected()
    {
        Assert.Throws<ValueCoercionException>(() => SpecifiedScalars.Float.Serialize(double.NaN));
        Assert.Throws<ValueCoercionException>(() => SpecifiedScalars.Float.Serialize(double.PositiveInfinity));
        Assert.Equal(2.0, SpecifiedScalars.Float.ParseLiteral(new IntValueNode("2")));
    }

    [Fact]
    public void Id_FromInt_BecomesString()
    {
        Assert.Equal("42", SpecifiedScalars.ID.ParseValue(42L));
        Assert.Equal("42", SpecifiedScalars.ID.ParseLiteral(new IntValueNode("42")));
        Assert.Equal("42", SpecifiedScalars.ID.Serialize(42));
        Assert.Throws<ValueCoercionException>(() => SpecifiedScalars.ID.ParseLiteral(new FloatValueNode("1.5")));
    }

    [Fact]
    public void StringAndBoolean_RejectOtherKindsOnInput()
    {
        Assert.Equal("String cannot represent a non string value: 1", Assert.Throws<ValueCoercionException>(() => SpecifiedScalars.String.ParseValue(1L)).Message);
        Assert.Equal("Boolean cannot represent a non boolean value: 1", Assert.Throws<ValueCoercionException>(() => SpecifiedScalars.Boolean.ParseValue(1L)).Message);
    }

    [Fact]
    public void DateTime_KeepsOffsetAndMilliseconds()
    {
        var parsed = (DateTimeOffset)ExtendedScalars.DateTime.ParseValue("2024-05-01T09:30:00.5+02:00");

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, 500, TimeSpan.FromHours(2)), parsed);
        Assert.Equal("2024-05-01T09:30:00.500+02:00", ExtendedScalars.DateTime.Serialize(parsed));
        Assert.Equal("2024-05-01T07:30:00.000Z", ExtendedScalars.DateTime.Serialize(new DateTime(2024, 5, 1, 7, 30, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("2024-05-01T09:30:00", "DateTime cannot represent an invalid date-time string \"2024-05-01T09:30:00\": expected an RFC 3339 date-time such as 2024-05-01T09:30:00Z, with a time offset.")]
    [InlineData("2024-02-30T09:30:00Z", "DateTime cannot represent an invalid date-time string \"2024-02-30T09:30:00Z\": day 30 does not exist in 2024-02.")]
    [InlineData("2024-13-01T09:30:00Z", "DateTime cannot represent an invalid date-time string \"2024-13-01T09:30:00Z\": month 13 does not exist.")]
    [InlineData("2024-05-01T24:00:00Z", "DateTime cannot represent an invalid date-time string \"2024-05-01T24:00:00Z\": the time of day is out of range.")]
    [InlineData("2016-12-31T23:59:60Z", "DateTime cannot represent an invalid date-time string \"2016-12-31T23:59:60Z\": leap seconds cannot be represented.")]
    [InlineData("2024-05-01T09:30:00+15:00", "DateTime cannot represent an invalid date-time string \"2024-05-01T09:30:00+15:00\": the time offset is beyond ±14:00.")]
    public void DateTime_Invalid_IsRejectedWithTheReason(string value, string message)
    {
        Assert.Equal(message, Assert.Throws<ValueCoercionException>(() => ExtendedScalars.DateTime.ParseValue(value)).Message);
    }

    [Fact]
    public void DateTime_UnspecifiedKind_IsRejectedOnOutput()
    {
        Assert.Throws<ValueCoercionException>(() => ExtendedScalars.DateTime.Serialize(new DateTime(2024, 5, 1)));
    }

    [Fact]
    public void Date_IsAFullDate()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), ExtendedScalars.Date.ParseLiteral(new StringValueNode("2024-02-29", false)));
        Assert.Equal("2024-02-29", ExtendedScalars.Date.Serialize(new DateOnly(2024, 2, 29)));
        Assert.Equal(
            "Date cannot represent an invalid date string \"2023-02-29\": day 29 does not exist in 2023-02.",
            Assert.Throws<ValueCoercionException>(() => ExtendedScalars.Date.ParseValue("2023-02-29")).Message);
        Assert.Equal(
            "Date cannot represent an invalid date string \"01/05/2024\": expected an RFC 3339 full-date such as 2024-05-01.",
            Assert.Throws<ValueCoercionException>(() => ExtendedScalars.Date.ParseValue("01/05/2024")).Message);
    }

    [Theory]
    [InlineData("https://mentorgraph.org/mentors?lang=uk")]
    [InlineData("mailto:mentor@example.org")]
    [InlineData("urn:isbn:0451450523")]
    public void Url_Absolute_IsAccepted(string value)
    {
        Assert.IsType<Uri>(ExtendedScalars.Url.ParseValue(value));
    }

    [Theory]
    [InlineData("/mentors", "it has no scheme such as \"https:\"")]
    [InlineData("mentorgraph.org", "it has no scheme such as \"https:\"")]
    [InlineData("https://", "it is not a well-formed URL")]
    [InlineData("https://exa mple.org", "it contains white space or control characters")]
    public void Url_NotAbsolute_IsRejectedWithTheReason(string value, string reason)
    {
        Assert.Equal(
            $"URL cannot represent an invalid URL \"{value}\": {reason}.",
            Assert.Throws<ValueCoercionException>(() => ExtendedScalars.Url.ParseValue(value)).Message);
    }

    [Theory]
    [InlineData("mentor@example.org")]
    [InlineData("first.last+tag@sub.example.co.uk")]
    [InlineData("\"quoted name\"@example.org")]
    [InlineData("user@[192.168.0.1]")]
    [InlineData("пользователь@пример.рф")]
    public void EmailAddress_Valid_IsAccepted(string value)
    {
        Assert.Equal(value, ExtendedScalars.EmailAddress.ParseValue(value));
    }

    [Theory]
    [InlineData("mentor.example.org", "it has no \"@\"")]
    [InlineData("@example.org", "the part before \"@\" is empty")]
    [InlineData("a..b@example.org", "the part before \"@\" has two dots in a row")]
    [InlineData("a b@example.org", "the part before \"@\" contains \" \", which must be quoted")]
    [InlineData("mentor@localhost", "the domain has no dot, such as in \"example.org\"")]
    [InlineData("mentor@-example.org", "a domain label starts or ends with a hyphen")]
    [InlineData("mentor@example..org", "the domain has an empty label (two dots, or a dot at either end)")]
    public void EmailAddress_Invalid_IsRejectedWithTheReason(string value, string reason)
    {
        Assert.Equal(
            $"EmailAddress cannot represent an invalid email address \"{value}\": {reason}.",
            Assert.Throws<ValueCoercionException>(() => ExtendedScalars.EmailAddress.ParseValue(value)).Message);
    }

    [Theory]
    [InlineData("ar", "ar")]
    [InlineData("uk", "uk")]
    [InlineData("prs", "prs")]
    [InlineData("ti", "ti")]
    [InlineData("en-gb", "en-GB")]
    [InlineData("SR-latn-rs", "sr-Latn-RS")]
    [InlineData("es-419", "es-419")]
    [InlineData("de-CH-1996", "de-CH-1996")]
    [InlineData("en-US-x-twain", "en-US-x-twain")]
    public void LanguageCode_Valid_IsCanonicalised(string value, string canonical)
    {
        Assert.Equal(canonical, ExtendedScalars.LanguageCode.ParseValue(value));
    }

    [Theory]
    [InlineData("en_GB", "subtags are separated by \"-\", not \"_\"")]
    [InlineData("english", "it must start with a two- or three-letter ISO 639 language code")]
    [InlineData("e", "it must start with a two- or three-letter ISO 639 language code")]
    [InlineData("en-G", "its subtags after the language are not a valid script, region, variant or extension")]
    public void LanguageCode_Invalid_IsRejectedWithTheReason(string value, string reason)
    {
        Assert.Equal(
            $"LanguageCode cannot represent an invalid language tag \"{value}\": {reason}.",
            Assert.Throws<ValueCoercionException>(() => ExtendedScalars.LanguageCode.ParseValue(value)).Message);
    }

    [Fact]
    public void CustomScalars_RejectNonStringInput()
    {
        foreach (var scalar in ExtendedScalars.All)
        {
            var error = Assert.Throws<ValueCoercionException>(() => scalar.ParseLiteral(new IntValueNode("1")));
            Assert.Equal($"{scalar.Name} cannot represent a non string value: 1", error.Message);
            Assert.NotNull(scalar.SpecifiedByUrl);
        }
    }

    [Fact]
    public void PassThroughScalar_KeepsValuesAndReadsLiteralsUntyped()
    {
        var scalar = new PassThroughScalarType("JSON");
        var literal = new ObjectValueNode([new ObjectFieldNode(new NameNode("a"), new ListValueNode([new IntValueNode("1"), new StringValueNode("x", false)]))]);

        var value = Assert.IsType<Dictionary<string, object?>>(scalar.ParseLiteral(literal));

        Assert.Equal(new List<object?> { 1L, "x" }, value["a"]);
        Assert.Same(value, scalar.Serialize(value));
    }
}
