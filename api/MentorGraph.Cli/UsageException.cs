namespace MentorGraph.Cli;

/// <summary>
/// The command cannot run as asked (a missing file, an invalid schema). Its message is printed
/// on stderr as it is, without a stack trace, and the exit code is <see cref="ExitCodes.UsageError"/>.
/// </summary>
public sealed class UsageException(string message) : Exception(message);
