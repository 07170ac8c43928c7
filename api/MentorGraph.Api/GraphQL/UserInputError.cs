using MentorGraph.GraphQL;

namespace MentorGraph.Api.GraphQL;

/// <summary>Field errors for arguments that are well-typed but unusable: a malformed ID, a foreign cursor, a page too large.</summary>
public static class UserInputError
{
    /// <summary>A <see cref="GraphQLError"/> with <c>extensions.code</c> = <c>BAD_USER_INPUT</c>, which the executor reports with the field's path and locations.</summary>
    public static GraphQLError Create(string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput });
}
