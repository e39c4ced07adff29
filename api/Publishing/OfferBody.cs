using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Api.Publishing;

/// <summary>
/// Reads a JSON request body the hostile-input way: the content type checked first (415), the size counted while
/// reading and never buffered past the limit (413), malformed JSON answered with its line and position (400), and a
/// duplicated member or a string that is not text (a lone surrogate escape) answered 400 naming the member, before any
/// parser that would throw on them sees the body.
/// </summary>
internal static class OfferBody
{
    public const string Json = "application/json";
    public const string MergePatch = "application/merge-patch+json";

    public static async Task<(JsonObject? Body, ProblemHttpResult? Problem)> ReadObjectAsync(
        HttpRequest request, string mediaType, long limit, CancellationToken cancellationToken)
    {
        if (!HasMediaType(request, mediaType))
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", $"Send the body as '{mediaType}'."));
        var bytes = await LimitedBody.ReadAsync(request, limit, cancellationToken);
        if (bytes is null) return (null, TooLarge(limit));
        try
        {
            if (JsonTextCheck.FindProblem(bytes) is var (path, message)) return (null, Problems.InvalidBody(new() { [path] = [message] }));
            var node = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = JsonTextCheck.MaxDepth });
            return node is JsonObject body ? (body, null) : (null, Problem(StatusCodes.Status400BadRequest, "Malformed JSON", "The body must be a JSON object."));
        }
        catch (JsonException exception)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Malformed JSON",
                $"The body is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1})."));
        }
    }

    public static bool HasMediaType(HttpRequest request, params string[] mediaTypes) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && mediaTypes.Any(m => string.Equals(type.MediaType.Value, m, StringComparison.OrdinalIgnoreCase));

    public static ProblemHttpResult TooLarge(long limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is larger than the limit of {limit:N0} bytes.");

    public static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
