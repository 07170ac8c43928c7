namespace MentorGraph.Cli;

/// <summary>What <c>mentorgraph</c> exits with, so that scripts and CI can tell outcomes apart.</summary>
public static class ExitCodes
{
    /// <summary>The command did its work and found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>The command ran, and what it checked or ran has errors (an invalid operation, a response with errors).</summary>
    public const int Failure = 1;

    /// <summary>The command could not run: bad arguments, an unreadable file, an invalid schema.</summary>
    public const int UsageError = 2;
}
