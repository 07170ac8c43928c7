using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MentorGraph.Api.Data.Conversions;

/// <summary>
/// Stores an instant as its UTC ticks in an INTEGER column. SQLite has no date type and cannot
/// compare or ORDER BY EF's default text form of a <see cref="DateTimeOffset"/> across offsets;
/// ticks sort as the instants do. The offset is not kept: instants come back in UTC, and each
/// event keeps its own IANA time zone for display.
/// </summary>
public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
