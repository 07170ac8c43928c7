namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Why a request failed before execution began. Transports map these to status codes
/// (GraphQL over HTTP, "application/graphql-response+json": a request error is 4xx).
/// </summary>
public enum RequestErrorKind
{
    /// <summary>No document, or a document that does not parse.</summary>
    Document,

    /// <summary>The document failed validation (spec 5).</summary>
    Validation,

    /// <summary>The operation to run could not be chosen (missing or ambiguous name).</summary>
    OperationSelection,

    /// <summary>Variable values could not be coerced (spec 6.1.2).</summary>
    Variables,

    /// <summary>The operation kind is not allowed here, such as a mutation over GET.</summary>
    OperationNotAllowed,

    /// <summary>A limit against abuse was hit (depth, fields, tokens, cost).</summary>
    LimitExceeded,

    /// <summary>A persisted document id was not known.</summary>
    PersistedDocumentNotFound,
}
