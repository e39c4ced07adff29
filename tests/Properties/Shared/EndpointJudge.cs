using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Catalogue.Tests.Properties;

/// <summary>One broken promise: its kind (<c>5xx</c>, <c>not-problem-json</c>, <c>undocumented-status</c>,
/// <c>valid-refused</c>, <c>invalid-accepted</c>, <c>auth</c>, <c>response-schema</c>), the input it is about, and what was seen.</summary>
internal sealed record Violation(string Kind, string Slot, string Detail);

internal sealed record Outcome(int Status, string? MediaType, string Body, IReadOnlyList<Violation> Violations);

/// <summary>
/// Sends a case and holds the answer to the document: (a) never a 5xx; (b) every error is application/problem+json
/// whose <c>status</c> is the status; (c) the status is documented for the operation; (d) an input the document calls
/// valid is not refused (no 400/401/403/415/422 once the caller may act) and one it calls invalid is refused (4xx);
/// (e) a 2xx body has a documented media type and validates against the documented schema.
/// </summary>
internal sealed class EndpointJudge(SchemaCheck check, CataloguePools pools, string adminKey, bool behindKestrel)
{
    public async Task<Outcome> SendAsync(HttpClient client, EndpointCase c, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(c.Operation.Method), new Uri(c.Target, UriKind.Relative));
        var key = c.Caller switch
        {
            CallerKind.Admin => adminKey,
            CallerKind.Provider => pools.ProviderKey,
            CallerKind.UnknownKey => "cat_unknown_0123456789abcdef0123456789",
            _ => null,
        };
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        foreach (var (name, value) in c.Headers) request.Headers.TryAddWithoutValidation(name, value);
        if (c.Body is { } body)
        {
            request.Content = new ByteArrayContent(body.Bytes);
            if (body.MediaType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", body.MediaType);
        }
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken);
        }
        catch (InvalidOperationException) when (!behindKestrel && c.Target.Split('?')[0].Contains("%00", StringComparison.Ordinal))
        {
            // The in-memory test server refuses a NUL in the path on the client side, as Kestrel refuses it before the app.
            return new Outcome(400, null, "", []);
        }
        using var _ = response;
        var text = Encoding.UTF8.GetString(await DecodedAsync(response.Content, cancellationToken));
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var status = (int)response.StatusCode;
        return new Outcome(status, mediaType, text, Judge(c, status, mediaType, text));
    }

    private List<Violation> Judge(EndpointCase c, int status, string? mediaType, string body)
    {
        var op = c.Operation;
        var found = new List<Violation>();
        if (status >= 500) found.Add(new("5xx", c.Slot, $"{status}: {Shorten(body)}"));
        if (status >= 400 && !RefusedBeforeTheApp(c, status, body))
        {
            if (mediaType != "application/problem+json") found.Add(new("not-problem-json", c.Slot, $"{status} as {mediaType ?? "(no content type)"}: {Shorten(body)}"));
            else if (Parse(body)?["status"]?.ToJsonString() != status.ToString(System.Globalization.CultureInfo.InvariantCulture))
                found.Add(new("problem-status", c.Slot, $"{status} with {Shorten(body)}"));
        }
        // A path that routing cannot take may land on another route or none: only (a) and (b) hold there.
        if (c.Unroutable || RefusedBeforeTheApp(c, status, body)) return found;
        if (!op.Documents(status)) found.Add(new("undocumented-status", status.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{status}: {Shorten(body)}"));

        var providerId = c.Path.FirstOrDefault(p => p.Name == "providerId").Value;
        var unauthenticated = op.RequiresKey && c.Caller is CallerKind.Anonymous or CallerKind.UnknownKey;
        var forbidden = op.RequiresKey && c.Caller == CallerKind.Provider && (op.AdminOnly || (providerId is not null && providerId != pools.OwnProviderId));
        // A path value its route's constraint refuses ({keyId:long} given "2.5") finds no endpoint: 404 before any key is read.
        var unmatched = status == 404 && c.Verdict != Verdict.Valid && c.Slot.StartsWith("path:", StringComparison.Ordinal);
        // Routing picks the endpoint by media type too: a body no endpoint takes is the router's 415, before any key is read.
        var unmatchedMediaType = status == 415 && c.Slot == "content-type";
        if (unmatched || unmatchedMediaType) { }
        else if (unauthenticated && status != 401) found.Add(new("auth", c.Caller.ToString(), $"expected 401, got {status}"));
        else if (forbidden && status != 403) found.Add(new("auth", c.Caller.ToString(), $"expected 403, got {status}"));
        else if (!unauthenticated && !forbidden && c.Verdict == Verdict.Valid && status is 400 or 401 or 403 or 415 or 422)
            found.Add(new("valid-refused", ErrorNames(body) ?? c.Slot, $"{status}: {Shorten(body)}"));
        else if (!unauthenticated && !forbidden && c.Verdict == Verdict.Invalid && status < 400)
            found.Add(new("invalid-accepted", c.Slot, $"{status} for {c.Rule}"));

        if (status is >= 200 and < 300 && body.Length > 0 && op.Responses.TryGetValue(status, out var contents))
        {
            if (mediaType is null || !contents.TryGetValue(mediaType, out var schema)) found.Add(new("response-media-type", status.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{mediaType} not in [{string.Join(", ", contents.Keys)}]"));
            else if (Parse(body) is not { } json) found.Add(new("response-schema", "body", "not JSON: " + Shorten(body)));
            else if (check.Explain(schema, json) is { } why) found.Add(new("response-schema", why.Location, why.Message + " in " + Shorten(body)));
        }
        return found;
    }

    /// <summary>Kestrel itself answers a NUL in the path or an over-long request line (bare 400/414/431) before any middleware runs.</summary>
    private bool RefusedBeforeTheApp(EndpointCase c, int status, string body) =>
        behindKestrel && status is 400 or 414 or 431 && body.Length == 0
        && (c.Target.Contains("%00", StringComparison.Ordinal) || c.Target.Length > 4_000 || c.Headers.Any(h => h.Value.Length > 2_000) || c.Target.Contains("%ED%", StringComparison.Ordinal));

    /// <summary>The body as the server meant it: a hostile Accept-Encoding may have it compressed, and the test client does not undo that.</summary>
    private static async Task<byte[]> DecodedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var bytes = await content.ReadAsByteArrayAsync(cancellationToken);
        Stream? decoder = content.Headers.ContentEncoding.LastOrDefault() switch
        {
            "gzip" => new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress),
            "br" => new System.IO.Compression.BrotliStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null) return bytes;
        await using (decoder)
        {
            using var plain = new MemoryStream();
            await decoder.CopyToAsync(plain, cancellationToken);
            return plain.ToArray();
        }
    }

    private static string? ErrorNames(string body) =>
        Parse(body)?["errors"] is JsonObject errors && errors.Count > 0 ? string.Join(",", errors.Select(e => e.Key).Order(StringComparer.Ordinal)) : null;

    private static JsonNode? Parse(string body)
    {
        try { return JsonNode.Parse(body); }
        catch (System.Text.Json.JsonException) { return null; }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
