namespace Catalogue.Feeds;

/// <summary>
/// One attempt to bring a provider's offers in step with a document (a feed pull, an import or an upload): when, how it
/// ended and why, what it counted, and every record it rejected.
/// </summary>
public sealed class SyncRun
{
    public long Id { get; set; }
    public required string ProviderId { get; set; }
    public long? FeedId { get; set; }
    /// <summary>Where the document came from: the feed URL, the imported file, or "upload".</summary>
    public required string Origin { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public SyncOutcome Outcome { get; set; } = SyncOutcome.Running;
    /// <summary>Why a run failed or was held, in words for the provider.</summary>
    public string? Reason { get; set; }
    public int Seen { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Withdrawn { get; set; }
    public int Rejected { get; set; }
    public List<SyncReject> Rejects { get; set; } = [];

    /// <summary>
    /// While a feed's run is running: until when its holder may keep it without renewing. A running run whose lease has
    /// expired, or whose holder process is gone, can be taken over; the store allows one running run per feed, so two
    /// processes (the scheduler, the API trigger, a standalone indexer) never sync one feed at once.
    /// </summary>
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    /// <summary>The process that holds the running run: "machine|pid|start (Unix seconds)", see <c>FeedSyncLeases.Holder</c>.</summary>
    public string? LeaseHolder { get; set; }
}

/// <summary>
/// Running; Succeeded (changes applied); NotModified (the server said so, nothing read); Failed (the document could not
/// be used: nothing applied); Held (valid but suspicious, e.g. shrunk past the guard: nothing applied until a person looks).
/// </summary>
public enum SyncOutcome { Running, Succeeded, NotModified, Failed, Held }

/// <summary>A rejected record of a run: row (1-based), field and message.</summary>
public sealed class SyncReject
{
    public long Id { get; set; }
    public long SyncRunId { get; set; }
    public int Row { get; set; }
    public required string Field { get; set; }
    public required string Message { get; set; }
}
