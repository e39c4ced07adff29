namespace Catalogue.Api.GraphQL;

/// <summary>What a GraphQL POST body is (the body itself is read by <see cref="Security.LimitedBody"/>).</summary>
internal static class GraphQLRequestBody
{
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
