namespace MentorGraph.Api.Features.Programmes;

/// <summary>A sector a programme prepares people for, with its ISCO-08 and ESCO codes where one fits.</summary>
public sealed class SectorTrack
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    /// <summary>The network's sector code, e.g. <c>HEALTHCARE</c>, <c>IT</c>, <c>CONSTRUCTION</c>.</summary>
    public required string Sector { get; set; }

    public required string Name { get; set; }

    /// <summary>ISCO-08 unit group, e.g. <c>2221</c> (nursing professionals).</summary>
    public string? IscoCode { get; set; }

    /// <summary>ESCO occupation URI, e.g. <c>http://data.europa.eu/esco/occupation/...</c>.</summary>
    public string? EscoOccupationUri { get; set; }
}
