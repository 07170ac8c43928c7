using System.Security.Claims;
using MentorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// One GraphQL-over-HTTP endpoint: checks the method, negotiates the response media type,
/// parses the request parameters, runs them through the <see cref="IRequestExecutor"/> from
/// the request's services, and writes the result with the status code the spec gives.
/// </summary>
internal sealed class GraphQLHttpEndpoint(GraphQLHttpOptions options, ILogger<GraphQLHttpEndpoint> logger)
{
    // GraphQL over HTTP, "GET": only queries may be executed over GET.
    private const AllowedOperations GetOperations = AllowedOperations.Query;

    // A POST answers with one response; subscriptions need a streaming transport.
    private const AllowedOperations PostOperations = AllowedOperations.Query | AllowedOperations.Mutation;

    private string AllowedMethods => options.AllowGet ? "GET, POST" : "POST";

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;

        // GraphQL over HTTP, "Accept": choose what to answer in before anything can fail, so
        // that refusals come in a media type the client reads.
        var mediaType = ResponseMediaTypeNegotiator.Negotiate(request.Headers.Accept);

        var isGet = HttpMethods.IsGet(request.Method);
        if (!(isGet && options.AllowGet) && !HttpMethods.IsPost(request.Method))
        {
            var error = HttpRequestError.MethodNotAllowed(request.Method, AllowedMethods);
            await GraphQLHttpResponseWriter.WriteErrorAsync(
                context.Response, error, mediaType ?? ResponseMediaType.Json, cancellationToken);
            return;
        }

        if (mediaType is not { } responseMediaType)
        {
            // RFC 9110 section 15.5.7: the body says which media types we can produce.
            await GraphQLHttpResponseWriter.WriteErrorAsync(
                context.Response, HttpRequestError.NotAcceptable(), ResponseMediaType.Json, cancellationToken);
            return;
        }

        ParsedHttpRequest parsed;
        try
        {
            parsed = isGet
                ? GraphQLHttpRequestParser.ParseGet(request.Query)
                : await GraphQLHttpRequestParser.ParsePostAsync(request, options.MaxRequestBodySize, cancellationToken);
        }
        catch (Exception exception) when (IsClientGone(exception, cancellationToken))
        {
            return;
        }

        if (parsed.Error is { } parseError)
        {
            await GraphQLHttpResponseWriter.WriteErrorAsync(context.Response, parseError, responseMediaType, cancellationToken);
            return;
        }

        var graphQLRequest = parsed.Request! with
        {
            AllowedOperations = isGet ? GetOperations : PostOperations,
            Services = context.RequestServices,
            ContextData = new Dictionary<string, object?> { [GraphQLHttpContextData.User] = context.User },
        };

        ExecutionResult result;
        try
        {
            var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
            result = await executor.ExecuteAsync(graphQLRequest, cancellationToken);
        }
        catch (Exception exception) when (IsClientGone(exception, cancellationToken))
        {
            return;
        }
        catch (Exception exception)
        {
            // The executor turns resolver failures into errors itself; reaching here means the
            // engine or the host is broken. Log it, and tell the client nothing internal.
            logger.LogError(exception, "The GraphQL request executor failed.");
            var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError };
            var failure = new ExecutionResult
            {
                Errors = [new GraphQLError("The server failed to execute the request.", extensions: extensions)],
            };
            await GraphQLHttpResponseWriter.WriteResultAsync(
                context.Response, failure, responseMediaType, StatusCodes.Status500InternalServerError, null, cancellationToken);
            return;
        }

        var statusCode = GraphQLHttpStatusCodes.For(result, responseMediaType, isGet);

        // RFC 9110 section 15.5.6: a 405 says which methods would work; for a mutation that is POST.
        var allow = statusCode == StatusCodes.Status405MethodNotAllowed ? "POST" : null;
        await GraphQLHttpResponseWriter.WriteResultAsync(
            context.Response, result, responseMediaType, statusCode, allow, cancellationToken);
    }

    private static bool IsClientGone(Exception exception, CancellationToken requestAborted) =>
        requestAborted.IsCancellationRequested && exception is OperationCanceledException or IOException;
}
