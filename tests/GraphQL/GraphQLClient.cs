using System.Net.Http.Headers;

namespace Catalogue.Tests.GraphQL;

/// <summary>What a GraphQL client sees: the status, the media type and the parsed body.</summary>
internal sealed record GraphQLReply(HttpStatusCode Status, string? MediaType, JsonNode Body, HttpResponseMessage Response)
{
    public JsonNode Data => Body["data"] ?? throw new InvalidOperationException("No data: " + Body.ToJsonString());

    public IReadOnlyList<string> Codes => Body["errors"]?.AsArray().Select(e => e!["extensions"]!["code"]!.GetValue<string>()).ToList() ?? [];

    public void AssertNoErrors() => Assert.True(Body["errors"] is null, "unexpected errors: " + Body["errors"]?.ToJsonString());
}

internal static class GraphQLClient
{
    public static Task<GraphQLReply> PostGraphQLAsync(this HttpClient client, string query, JsonObject? variables = null, string? accept = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null) body["variables"] = variables;
        return client.PostRawGraphQLAsync(body.ToJsonString(), accept);
    }

    public static async Task<GraphQLReply> PostRawGraphQLAsync(this HttpClient client, string json, string? accept = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, contentType) };
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return await SendAsync(client, request);
    }

    public static async Task<GraphQLReply> GetGraphQLAsync(this HttpClient client, string query, string? variables = null, string? accept = null)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query) + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return await SendAsync(client, request);
    }

    private static async Task<GraphQLReply> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLReply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(text)!, response);
    }

    public static MediaTypeWithQualityHeaderValue Accept(string mediaType) => new(mediaType);
}
