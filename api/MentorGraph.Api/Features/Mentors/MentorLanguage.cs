using MentorGraph.Api.Features.Shared;

namespace MentorGraph.Api.Features.Mentors;

/// <summary>A language a mentor speaks (ISO 639 code) and how well.</summary>
public sealed class MentorLanguage
{
    public Guid MentorId { get; set; }

    public required string LanguageCode { get; set; }

    public CefrLevel Level { get; set; }
}
