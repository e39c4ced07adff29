namespace Catalogue.Api.GraphQL;

/// <summary>Reads a POST body with a ceiling, so that a megabyte document is refused after the limit, not after the megabyte.</summary>
internal static class GraphQLRequestBody
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        var buffer = new byte[Math.Min(maxBytes + 1, (int?)request.ContentLength + 1 ?? maxBytes + 1)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > maxBytes) return null;
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxBytes + 1));
            }
            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0) break;
            length += read;
            if (length > maxBytes) return null;
        }
        return buffer[..length];
    }

    /// <summary>A JSON array: a batch of requests.</summary>
    public static bool IsBatch(byte[] body)
    {
        foreach (var b in body)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) continue;
            return b == (byte)'[';
        }
        return false;
    }
}
