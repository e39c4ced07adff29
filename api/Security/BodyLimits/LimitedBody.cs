namespace Catalogue.Api.Security;

/// <summary>
/// The one way request bodies are read with a ceiling (offer JSON, uploads, GraphQL): the declared length is checked
/// first, and the size is counted while reading, so that an oversized body is refused after the limit, not after
/// the whole body, and is never buffered past it.
/// </summary>
internal static class LimitedBody
{
    /// <summary>The body, or null when it is larger than <paramref name="limit"/> (read no further than that).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)Math.Min(length, limit) : 0);
        return await CopyAsync(request.Body, buffer, limit, cancellationToken) ? buffer.ToArray() : null;
    }

    /// <summary>Copies at most <paramref name="limit"/> bytes; false (and stops) when there are more.</summary>
    public static async Task<bool> CopyAsync(Stream from, Stream to, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(chunk, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit) return false;
            await to.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
        return true;
    }
}
