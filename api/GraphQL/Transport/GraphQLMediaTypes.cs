using Microsoft.Net.Http.Headers;

namespace Catalogue.Api.GraphQL;

/// <summary>Content negotiation of the GraphQL-over-HTTP specification.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";

    /// <summary>
    /// application/graphql-response+json unless the client accepts application/json and not it (legacy clients);
    /// a missing Accept, or */*, gets the specification's type.
    /// </summary>
    public static string ResponseType(HttpRequest request)
    {
        var accepted = MediaTypeHeaderValue.ParseList(request.Headers.Accept);
        if (accepted.Count == 0) return GraphQLResponse;
        var graphQL = accepted.Any(a => a.MediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase)
            || a.MediaType.Equals("*/*", StringComparison.Ordinal) || a.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase));
        var json = accepted.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
        return json && !graphQL ? Json : GraphQLResponse;
    }

    /// <summary>A browser navigating to /graphql: it asks for HTML (the IDE) rather than JSON.</summary>
    public static bool PrefersHtml(HttpRequest request) =>
        MediaTypeHeaderValue.ParseList(request.Headers.Accept).Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
}
