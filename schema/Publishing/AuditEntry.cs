namespace Catalogue.Publishing;

/// <summary>
/// Who changed what and when, for every write through the publishing API (offers, uploads, keys, feeds). The content
/// hashes before and after let anyone prove which version of an offer a key published, without storing each version.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    /// <summary>The key that wrote; null for the bootstrap admin key from configuration.</summary>
    public long? KeyId { get; set; }
    /// <summary>e.g. offer.put, offer.patch, offer.withdraw, upload.merge, key.issue, key.revoke, provider.create, feed.add.</summary>
    public required string Action { get; set; }
    public string? ProviderId { get; set; }
    public string? OfferId { get; set; }
    /// <summary>What else identifies the target: an external id, a key id, a feed id, an upload id.</summary>
    public string? Target { get; set; }
    public DateTimeOffset At { get; set; }
    public string? BeforeHash { get; set; }
    public string? AfterHash { get; set; }
}
