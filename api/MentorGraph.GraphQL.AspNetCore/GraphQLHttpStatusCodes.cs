using MentorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>The HTTP status code of a GraphQL response (GraphQL over HTTP, "Response").</summary>
internal static class GraphQLHttpStatusCodes
{
    public static int For(ExecutionResult result, ResponseMediaType mediaType, bool isGet)
    {
        // GraphQL over HTTP, "GET": a mutation requested by GET MUST be answered with 405,
        // whatever the media type.
        if (isGet && result.RequestError == RequestErrorKind.OperationNotAllowed)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        // "application/json": the server SHOULD use 200 for every well-formed request, even
        // when the document does not parse, validate or coerce its variables.
        if (mediaType == ResponseMediaType.Json)
        {
            return StatusCodes.Status200OK;
        }

        // "application/graphql-response+json": a request error (parse, validation, operation
        // selection, variable coercion, a limit, a disallowed operation kind over POST) has no
        // "data" entry and SHOULD be 400. A POST is never answered with 405: the method is
        // right, the operation is what this endpoint does not run.
        if (result.RequestError is not null)
        {
            return StatusCodes.Status400BadRequest;
        }

        // A response without "data" that is not a request error MUST be 4xx or 5xx: the
        // engine failed on its own. A null "data" (a field error reached the root) is 200.
        return result.HasData ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
    }
}
