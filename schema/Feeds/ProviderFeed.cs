namespace Catalogue.Feeds;

/// <summary>
/// A place where a provider publishes its offers, pulled by the indexer: an http(s) URL (or a local file for imports)
/// in one of the feed formats. The validators (ETag, Last-Modified, content hash) make an unchanged feed cost nothing.
/// </summary>
public sealed class ProviderFeed
{
    public long Id { get; set; }
    public required string ProviderId { get; set; }
    public required string Url { get; set; }
    public FeedFormat Format { get; set; }
    public int IntervalMinutes { get; set; } = 60;
    public bool Enabled { get; set; } = true;
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public string? ContentHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
}

public enum FeedFormat { Json, Csv, JsonLd }
