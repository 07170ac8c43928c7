namespace MentorGraph.Api.Authorization;

/// <summary>
/// The development-only caller header (section <c>Authentication:DevelopmentCaller</c>). Until
/// the OAuth server lands it lets a developer, and the tests, say who they are. It is off
/// unless configured, and never honoured outside the Development environment.
/// </summary>
public sealed class DevelopmentCallerOptions
{
    public const string SectionName = "Authentication:DevelopmentCaller";

    public const string HeaderName = "X-MentorGraph-Caller";

    public bool Enabled { get; set; }
}
