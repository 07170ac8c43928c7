namespace MentorGraph.GraphQL.Types.Scalars;

/// <summary>
/// Scalars beyond the specified five that MentorGraph's schemas use, each with
/// <c>@specifiedBy</c> naming the standard its strings follow. A schema includes one when a
/// field or argument refers to it or when it is added to the builder.
/// </summary>
public static class ExtendedScalars
{
    public static DateTimeType DateTime { get; } = new();

    public static DateType Date { get; } = new();

    public static UrlType Url { get; } = new();

    public static EmailAddressType EmailAddress { get; } = new();

    public static LanguageCodeType LanguageCode { get; } = new();

    public static IReadOnlyList<ScalarType> All { get; } = [DateTime, Date, Url, EmailAddress, LanguageCode];

    public static ScalarType? Find(string name) => All.FirstOrDefault(scalar => scalar.Name == name);
}
