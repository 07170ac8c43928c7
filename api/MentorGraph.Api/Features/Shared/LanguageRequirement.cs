namespace MentorGraph.Api.Features.Shared;

/// <summary>A language (ISO 639 code) needed at a minimum level.</summary>
public sealed record LanguageRequirement(string LanguageCode, CefrLevel MinimumLevel);
