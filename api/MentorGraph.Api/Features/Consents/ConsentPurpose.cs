namespace MentorGraph.Api.Features.Consents;

public enum ConsentPurpose
{
    /// <summary>Store the mentee's profile and take part in a programme.</summary>
    ProgrammeParticipation,

    /// <summary>Use sensitive attributes such as country of origin when matching.</summary>
    SensitiveMatching,

    /// <summary>Share an application with the employer that posted an opportunity.</summary>
    ShareWithEmployer,

    /// <summary>Count the mentee's outcomes in aggregated reports.</summary>
    OutcomeReporting,
}
