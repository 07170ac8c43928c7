using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorGraph.Api.Data.Conversions;

/// <summary>
/// Maps a property to one JSON text column: for values read and written whole (widget settings,
/// matching weights, a match's explanation) that no query filters on. The provider decides the
/// column type (<c>jsonb</c> on PostgreSQL, TEXT on SQLite) from <see cref="Annotation"/>.
/// </summary>
public static class JsonColumn
{
    public const string Annotation = "MentorGraph:JsonColumn";

    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
    {
        property
            .HasConversion(
                value => Serialize(value),
                json => Deserialize<T>(json),
                new ValueComparer<T>(
                    (left, right) => Serialize(left) == Serialize(right),
                    value => Serialize(value).GetHashCode(StringComparison.Ordinal),
                    value => Deserialize<T>(Serialize(value))))
            .HasAnnotation(Annotation, true);
        return property;
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, _options);

    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, _options)!;
}
