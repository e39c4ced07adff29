namespace Catalogue.Changes;

/// <summary>
/// One row per accepted change of an offer, appended in the same transaction as the change itself.
/// The log is both the outbox of the search index (the index records the last sequence it has applied
/// and catches up from there after a crash) and the public change feed (consumers page by sequence).
/// </summary>
public sealed class OfferChange
{
    /// <summary>Monotonic: SQLite serialises writers, so sequence order is commit order.</summary>
    public long Seq { get; set; }
    public required string OfferId { get; set; }
    public required string ProviderId { get; set; }
    public OfferChangeKind Kind { get; set; }
    /// <summary>The offer's version after this change.</summary>
    public long Version { get; set; }
    public DateTimeOffset At { get; set; }
}

public enum OfferChangeKind { Created, Updated, Withdrawn }
