namespace MentorGraph.GraphQL;

/// <summary>
/// The values of <c>extensions.code</c> the engine produces. Clients switch on these, so
/// they are part of the public contract and never change meaning.
/// </summary>
public static class ErrorCodes
{
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    public const string OperationNameRequired = "OPERATION_NAME_REQUIRED";
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";
    public const string PersistedDocumentNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string Timeout = "REQUEST_TIMEOUT";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";
    public const string MaxParserDepthExceeded = "MAX_PARSER_DEPTH_EXCEEDED";
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
}
