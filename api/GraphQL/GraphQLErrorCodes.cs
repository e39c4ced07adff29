namespace Catalogue.Api.GraphQL;

/// <summary>The <c>extensions.code</c> values this endpoint sets itself (GraphQL.NET adds its own for validation).</summary>
internal static class GraphQLErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooDeep = "MAX_DEPTH_EXCEEDED";
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";
    public const string TooManyFields = "TOO_MANY_FIELDS";
    public const string TooManyFragments = "TOO_MANY_FRAGMENTS";
    public const string FragmentCycle = "NO_FRAGMENT_CYCLES";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Timeout = "TIMEOUT";
}

/// <summary>A request refused before execution: the HTTP status, and the GraphQL error the body carries.</summary>
internal sealed record GraphQLFailure(int Status, string Code, string Message)
{
    public static GraphQLFailure BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}
