namespace Catalogue.Search;

/// <summary>
/// The search engine cannot answer now (cluster unreachable, red, or refusing work) but may later: callers answer
/// 503 with <see cref="RetryAfter"/>, and the indexer keeps its changes in the outbox to apply them when it returns.
/// Engines throw this, never their own client's exceptions, so that no engine type leaks into the API.
/// </summary>
public sealed class SearchUnavailableException(string message, TimeSpan retryAfter, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>How long a caller should wait before asking again.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;
}
