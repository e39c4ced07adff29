using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Catalogue.Search.Elasticsearch;

/// <summary>
/// The client and the one place where a cluster's answer becomes ours: unreachable, 429 or 5xx is
/// <see cref="SearchUnavailableException"/> (the caller retries later), any other failure is an error naming the call.
/// Typed requests (search, bulk, aliases) go through the client; the few admin calls whose bodies are plain JSON
/// (index creation, <c>_meta</c>, plugins) go through its transport, with the same product check and authentication.
/// </summary>
internal sealed class ElasticsearchConnection
{
    public ElasticsearchConnection(ElasticsearchOptions options)
    {
        Options = options;
        var settings = new ElasticsearchClientSettings(options.Url!)
            .RequestTimeout(options.RequestTimeout)
            .ThrowExceptions(false);
        if (!string.IsNullOrEmpty(options.ApiKey)) settings = settings.Authentication(new ApiKey(options.ApiKey));
        else if (!string.IsNullOrEmpty(options.Username)) settings = settings.Authentication(new BasicAuthentication(options.Username, options.Password!));
        if (!string.IsNullOrEmpty(options.CertificateFingerprint)) settings = settings.CertificateFingerprint(options.CertificateFingerprint);
        Client = new ElasticsearchClient(settings);
    }

    public ElasticsearchOptions Options { get; }
    public ElasticsearchClient Client { get; }
    public string ReadAlias => Options.IndexPrefix;
    public string WriteAlias => Options.IndexPrefix + "-write";

    /// <summary>Returns the response when the call succeeded; a 404 too when <paramref name="allowNotFound"/>.</summary>
    public T Check<T>(T response, string call, bool allowNotFound = false) where T : TransportResponse
    {
        var details = response.ApiCallDetails;
        if (details.HasSuccessfulStatusCode && details.HasExpectedContentType && details.OriginalException is null) return response;
        if (allowNotFound && details.HttpStatusCode == 404) return response;
        throw Failure(details, call);
    }

    public Exception Failure(ApiCallDetails details, string call)
    {
        if (details.HttpStatusCode is null or 429 or 502 or 503 or 504)
        {
            var reason = details.HttpStatusCode is { } status ? $"answered {status}" : $"cannot be reached ({details.OriginalException?.Message})";
            return new SearchUnavailableException($"Elasticsearch at {Options.Url} {reason} for {call}.", Options.RetryAfter, details.OriginalException);
        }
        return new InvalidOperationException($"Elasticsearch refused {call} ({details.HttpStatusCode}): {ErrorOf(details)}", details.OriginalException);
    }

    /// <summary>Sends a plain-JSON admin call; the parsed answer, or null for an allowed 404.</summary>
    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, string call, CancellationToken cancellationToken, bool allowNotFound = false)
    {
        var endpoint = new EndpointPath(method, path);
        var response = await Client.Transport.RequestAsync<StringResponse>(
            in endpoint, body is null ? null : PostData.String(body.ToJsonString()), null, null, cancellationToken);
        Check(response, call, allowNotFound);
        return response.ApiCallDetails.HttpStatusCode == 404 || string.IsNullOrEmpty(response.Body) ? null : JsonNode.Parse(response.Body);
    }

    private static string ErrorOf(ApiCallDetails details)
    {
        if (details.ResponseBodyInBytes is { Length: > 0 } bytes)
        {
            try
            {
                var error = JsonNode.Parse(bytes)?["error"];
                return error?["reason"]?.GetValue<string>() ?? error?.ToJsonString() ?? "no reason given";
            }
            catch (System.Text.Json.JsonException)
            {
            }
        }
        return details.OriginalException?.Message ?? "no reason given";
    }
}
