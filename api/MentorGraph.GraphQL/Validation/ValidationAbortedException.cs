namespace MentorGraph.GraphQL.Validation;

/// <summary>Unwinds the walk once the error limit is reached; never escapes <see cref="DocumentValidator"/>.</summary>
internal sealed class ValidationAbortedException : Exception
{
}
