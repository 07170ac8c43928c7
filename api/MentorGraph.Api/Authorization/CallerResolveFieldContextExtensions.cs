using System.Security.Claims;
using MentorGraph.GraphQL.AspNetCore;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.Api.Authorization;

/// <summary>How a resolver learns who is calling.</summary>
public static class CallerResolveFieldContextExtensions
{
    /// <summary>
    /// The caller of this request, read from the authenticated user the transport passed in.
    /// It is read afresh each time (a handful of claim lookups) rather than cached in the
    /// request's context data, which concurrent resolvers would otherwise write at once.
    /// </summary>
    public static Caller GetCaller(this IResolveFieldContext context)
    {
        var principal = context.ContextData.TryGetValue(GraphQLHttpContextData.User, out var user) ? user as ClaimsPrincipal : null;
        return Caller.FromPrincipal(principal);
    }
}
