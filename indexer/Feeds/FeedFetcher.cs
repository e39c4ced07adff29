using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Catalogue.Feeds;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// Downloads a feed document: conditional GET (ETag / If-Modified-Since), a size limit enforced while reading,
/// a per-feed timeout, and the content type checked against the format — an error page served as 200 is not a feed.
/// Retries with backoff live in the HTTP pipeline (<see cref="FeedServiceCollectionExtensions"/>).
/// </summary>
public sealed class FeedFetcher(HttpClient http, FeedOptions options)
{
    public const string HttpClientName = "feeds";

    public async Task<FetchResult> FetchAsync(ProviderFeed feed, CancellationToken cancellationToken)
    {
        if (!feed.Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !feed.Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return await ReadFileAsync(feed.Url, cancellationToken);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, feed.Url);
        if (feed.ETag is not null && EntityTagHeaderValue.TryParse(feed.ETag, out var etag)) request.Headers.IfNoneMatch.Add(etag);
        if (feed.LastModified is not null && DateTimeOffset.TryParse(feed.LastModified, out var modified)) request.Headers.IfModifiedSince = modified;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode == HttpStatusCode.NotModified) return FetchResult.NotModified();
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is not null)
                return FetchResult.Failed($"The feed server still redirected after {FeedAddressGuard.MaxRedirects} redirects (a redirect loop?); the last answer was HTTP {(int)response.StatusCode}.");
            if (!response.IsSuccessStatusCode)
                return FetchResult.Failed($"The feed server answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (!Accepts(feed.Format, mediaType))
                return FetchResult.Failed($"The feed was served as '{mediaType ?? "(no content type)"}', which is not a {feed.Format} document.");
            if (response.Content.Headers.ContentLength > options.MaxDocumentBytes)
                return FetchResult.Failed($"The feed is {response.Content.Headers.ContentLength:N0} bytes; the limit is {options.MaxDocumentBytes:N0}.");
            var (body, failure) = await ReadLimitedAsync(await response.Content.ReadAsStreamAsync(timeout.Token), response.Content.Headers.ContentLength, timeout.Token);
            if (failure is not null) return FetchResult.Failed(failure);
            return FetchResult.Read(body!, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed($"The feed did not arrive within {options.Timeout.TotalSeconds:0.#} s (a slow or stalled server).");
        }
        catch (HttpRequestException exception)
        {
            return FetchResult.Failed($"The feed could not be fetched: {exception.Message}");
        }
    }

    private async Task<FetchResult> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) return FetchResult.Failed($"There is no file '{path}'.");
        if (new FileInfo(path).Length > options.MaxDocumentBytes) return FetchResult.Failed($"The file is larger than the limit of {options.MaxDocumentBytes:N0} bytes.");
        return FetchResult.Read(await File.ReadAllBytesAsync(path, cancellationToken), null, null);
    }

    /// <summary>
    /// The body, read up to the size limit (counted after decompression, so a small compressed bomb is stopped too), or
    /// why it could not be: a body cut short by the server is a failed fetch like any other, never half a document.
    /// </summary>
    private async Task<(byte[]? Body, string? Failure)> ReadLimitedAsync(Stream stream, long? declared, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > options.MaxDocumentBytes) return (null, $"The feed is larger than the limit of {options.MaxDocumentBytes:N0} bytes.");
                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or HttpRequestException)
        {
            return (null, declared is { } length
                ? $"The download ended after {buffer.Length:N0} of {length:N0} bytes: the server closed the connection early."
                : $"The download broke off after {buffer.Length:N0} bytes: {exception.Message}");
        }
        if (declared is { } expected && buffer.Length != expected)
            return (null, $"The download ended after {buffer.Length:N0} of {expected:N0} bytes.");
        return (buffer.ToArray(), null);
    }

    private static bool Accepts(FeedFormat format, string? mediaType) => mediaType is null || format switch
    {
        FeedFormat.Csv => mediaType is "text/csv" or "text/plain" or "application/csv" or "application/octet-stream" or "application/vnd.ms-excel",
        FeedFormat.JsonLd => mediaType is "application/ld+json" or "application/json" or "text/html" or "application/xhtml+xml",
        _ => mediaType is "application/json" or "application/ld+json" or "text/json" || mediaType.EndsWith("+json", StringComparison.Ordinal),
    };
}

/// <summary>What a fetch produced: a document (with its validators and hash), "not modified", or a failure with a reason.</summary>
public sealed record FetchResult(byte[]? Body, string? ETag, string? LastModified, bool IsNotModified, string? Failure)
{
    public string? ContentHash { get; } = Body is null ? null : Convert.ToHexStringLower(SHA256.HashData(Body));

    public static FetchResult Read(byte[] body, string? etag, string? lastModified) => new(body, etag, lastModified, false, null);
    public static FetchResult NotModified() => new(null, null, null, true, null);
    public static FetchResult Failed(string reason) => new(null, null, null, false, reason);
}
