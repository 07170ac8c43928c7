using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Features.Mentees;

/// <summary>A language a mentee speaks (ISO 639 code) and how well.</summary>
public sealed class MenteeLanguage
{
    public Guid MenteeId { get; set; }

    public required string LanguageCode { get; set; }

    public CefrLevel Level { get; set; }
}
