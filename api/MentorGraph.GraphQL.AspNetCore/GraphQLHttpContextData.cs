namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// The keys under which the HTTP transport puts per-request state into
/// <see cref="Execution.GraphQLRequest.ContextData"/>, for resolvers to read.
/// </summary>
public static class GraphQLHttpContextData
{
    /// <summary>The caller's <see cref="System.Security.Claims.ClaimsPrincipal"/> (<c>HttpContext.User</c>).</summary>
    public const string User = "user";
}
