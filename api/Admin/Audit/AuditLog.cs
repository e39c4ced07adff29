using Catalogue.Publishing;

namespace Catalogue.Api.Admin;

/// <summary>Adds audit rows to the unit of work; they are saved with the change they describe, in the same transaction.</summary>
internal static class AuditLog
{
    public static void Record(
        CatalogueDbContext db, Caller caller, string action, DateTimeOffset at, string? providerId,
        string? offerId = null, string? target = null, string? before = null, string? after = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            KeyId = caller.KeyId, Action = action, ProviderId = providerId, OfferId = offerId,
            Target = target is { Length: > 300 } ? target[..300] : target, At = at, BeforeHash = before, AfterHash = after,
        });
}
