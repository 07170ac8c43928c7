namespace MentorGraph.Api.Features.Organisations;

/// <summary>A partner's settings for the sign-up and mentor directory widgets.</summary>
public sealed class WidgetSettings
{
    /// <summary>Origins (scheme, host and port) allowed to embed the widgets in a frame.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    public string Theme { get; set; } = "light";

    /// <summary>ISO 639 code of the language a widget opens in when the visitor's is unknown.</summary>
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>The programmes the sign-up widget offers, in order; empty means all of the partner's.</summary>
    public List<Guid> ProgrammeIdsShown { get; set; } = [];
}
