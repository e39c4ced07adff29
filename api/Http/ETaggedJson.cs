using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace Catalogue.Api.Http;

/// <summary>
/// A JSON 200 response with a strong <c>ETag</c> computed from the exact bytes sent, answering 304 to a matching
/// <c>If-None-Match</c>. Hashing the representation (not a row version) keeps the tag right when anything that
/// shapes the body changes, such as a provider's name shown inside an offer.
/// </summary>
internal sealed class ETaggedJson<T>(T value) : IResult, IEndpointMetadataProvider
{
    public T Value { get; } = value;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(Value, options);
        var etag = ETagOf(body);
        var response = httpContext.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "public, max-age=60";
        if (IfNoneMatchMatches(httpContext.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    public static string ETagOf(ReadOnlySpan<byte> body) =>
        "\"" + Convert.ToBase64String(SHA256.HashData(body)[..12]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";

    private static bool IfNoneMatchMatches(HttpRequest request, string etag)
    {
        foreach (var value in request.Headers.IfNoneMatch)
        {
            if (value is null) continue;
            foreach (var candidate in value.Split(',', StringSplitOptions.TrimEntries))
            {
                // If-None-Match uses weak comparison: W/"x" matches "x".
                if (candidate == "*" || candidate == etag || candidate == "W/" + etag) return true;
            }
        }
        return false;
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }
}
