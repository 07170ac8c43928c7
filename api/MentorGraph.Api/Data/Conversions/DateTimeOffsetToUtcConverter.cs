using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MentorGraph.Api.Data.Conversions;

/// <summary>
/// Normalises instants to UTC before they reach PostgreSQL's <c>timestamptz</c>, which Npgsql
/// accepts only with a zero offset.
/// </summary>
public sealed class DateTimeOffsetToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
