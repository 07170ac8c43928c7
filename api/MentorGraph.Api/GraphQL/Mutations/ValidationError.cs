namespace MentorGraph.Api.GraphQL.Mutations;

/// <summary>
/// An input field's value is not acceptable. <see cref="Field"/> is the path of the input field
/// (<c>title</c>, <c>languages[1].code</c>); <see cref="Code"/> is stable and machine-readable
/// (<c>REQUIRED</c>, <c>TOO_LONG</c>, <c>INVALID_FORMAT</c>, <c>OUT_OF_RANGE</c>), for clients that
/// show their own message in the user's language.
/// </summary>
public sealed record ValidationError(string Field, string Message, string Code) : DomainError(Message)
{
    public static ValidationError Required(string field) => new(field, $"{field} is required.", "REQUIRED");

    public static ValidationError TooLong(string field, int maxLength) => new(field, $"{field} can be at most {maxLength} characters long.", "TOO_LONG");

    public static ValidationError InvalidFormat(string field, string expected) => new(field, $"{field} must be {expected}.", "INVALID_FORMAT");

    public static ValidationError OutOfRange(string field, string range) => new(field, $"{field} must be {range}.", "OUT_OF_RANGE");
}
