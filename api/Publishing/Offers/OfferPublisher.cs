using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Indexer.Feeds;
using Catalogue.Providers;
using Catalogue.Api.Admin;

namespace Catalogue.Api.Publishing.Offers;

/// <summary>
/// A provider's writes of its own offers, for every door: create or replace, JSON Merge Patch, withdraw. Each write
/// holds the offer's lock from load to store, so that a precondition checked is still true when the write lands; an
/// offer is validated as a feed's offer is (<see cref="JsonFeedReader.ValidateOffer"/>: the feed schema, which has no
/// <c>id</c>, <c>providerId</c>, <c>status</c>, <c>createdAt</c>, <c>source</c> or <c>isDemo</c>, then the normaliser);
/// the audit row and the offer are saved together through <see cref="OfferWriter"/>, which appends the change log.
/// The caller's right to act for the provider is checked before this is reached (by the door's policy), so that a
/// foreign caller learns nothing from a lookup.
/// </summary>
internal sealed class OfferPublisher(
    CatalogueDbContext db, OwnOfferQueries offers, OfferWriter writer, OfferNormaliser normaliser, OfferLocks locks, TimeProvider clock)
{
    /// <summary>Creates or replaces an offer (a withdrawn one is published again); <paramref name="body"/> is one offer of the feed format.</summary>
    public async Task<PublishResult> PutAsync(
        Caller caller, string providerId, string externalId, JsonObject body, WritePrecondition precondition, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, cancellationToken);
        if (provider is null) return new PublishResult.NotFound("Provider", providerId);
        if (!LeavesExternalId(body, externalId)) return ExternalIdError("Must equal the externalId in the URL, or be left out.");
        // The body alone decides validity, so it is checked before the lock: an invalid body is 400 whatever its precondition.
        var (draft, errors) = Validate(body, externalId);
        if (draft is null) return new PublishResult.Invalid(errors);

        var id = OfferId.From(providerId, externalId);
        using var _ = await locks.EnterAsync(id, cancellationToken);
        var existing = await offers.LoadAsync(id, cancellationToken);
        if (Preconditions.Fails(precondition, existing) is { } stale) return new PublishResult.PreconditionFailed(stale);
        return await StoreAsync(caller, "offer.put", providerId, externalId, provider, existing, draft, cancellationToken);
    }

    /// <summary>Applies a JSON Merge Patch to the stored offer in the feed format and stores the result if it is valid.</summary>
    public Task<PublishResult> PatchAsync(
        Caller caller, string providerId, string externalId, JsonObject patch, WritePrecondition precondition, CancellationToken cancellationToken) =>
        ChangeStoredAsync(providerId, externalId, precondition, async existing =>
        {
            if (!LeavesExternalId(patch, externalId))
                return ExternalIdError("The externalId cannot be changed; PUT the offer under its new id and DELETE this one.");
            var merged = (JsonObject)JsonMergePatch.Apply(FeedOffer.From(existing).ToJson(), patch)!;
            var (draft, errors) = Validate(merged, externalId);
            if (draft is null) return new PublishResult.Invalid(errors);
            var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, cancellationToken);
            return await StoreAsync(caller, "offer.patch", providerId, externalId, provider, existing, draft, cancellationToken);
        }, cancellationToken);

    /// <summary>Withdraws an offer (soft: it stays readable by id); withdrawing a withdrawn offer writes nothing.</summary>
    public Task<PublishResult> WithdrawAsync(
        Caller caller, string providerId, string externalId, WritePrecondition precondition, CancellationToken cancellationToken) =>
        ChangeStoredAsync(providerId, externalId, precondition, async existing =>
        {
            if (existing.Status == OfferStatus.Withdrawn) return new PublishResult.Withdrawn(WasActive: false);
            AuditLog.Record(db, caller, "offer.withdraw", clock.GetUtcNow(), providerId, existing.Id, externalId, existing.ContentHash, existing.ContentHash);
            await writer.WithdrawAsync([existing.Id], cancellationToken);
            return new PublishResult.Withdrawn(WasActive: true);
        }, cancellationToken);

    /// <summary>Whether the provider exists (a door that must answer 404 before it reads a body asks this).</summary>
    public Task<bool> ProviderExistsAsync(string providerId, CancellationToken cancellationToken) =>
        db.Providers.AnyAsync(p => p.Id == providerId, cancellationToken);

    private async Task<PublishResult> StoreAsync(
        Caller caller, string action, string providerId, string externalId, Provider? provider, LearningOffer? existing, OfferDraft draft,
        CancellationToken cancellationToken)
    {
        var id = OfferId.From(providerId, externalId);
        AuditLog.Record(db, caller, action, clock.GetUtcNow(), providerId, id, externalId, existing?.ContentHash, OfferWriter.ContentHash(draft));
        var written = await writer.UpsertAsync(providerId, [draft], OfferSource.Api, isDemo: false, cancellationToken);
        var offer = (await offers.LoadAsync(id, cancellationToken))!;
        var outcome = written.Created > 0 ? PublishOutcome.Created : written.Updated > 0 ? PublishOutcome.Updated : PublishOutcome.Unchanged;
        return new PublishResult.Written(outcome, offer, provider, Preconditions.ETagOf(offer));
    }

    /// <summary>Runs <paramref name="change"/> on the provider's stored offer under its lock, once the caller's precondition holds.</summary>
    private async Task<PublishResult> ChangeStoredAsync(
        string providerId, string externalId, WritePrecondition precondition, Func<LearningOffer, Task<PublishResult>> change, CancellationToken cancellationToken)
    {
        var id = OfferId.From(providerId, externalId);
        using var _ = await locks.EnterAsync(id, cancellationToken);
        var existing = await offers.LoadAsync(id, cancellationToken);
        if (existing is null || existing.ProviderId != providerId) return new PublishResult.NotFound("Offer", externalId);
        if (Preconditions.Fails(precondition, existing) is { } stale) return new PublishResult.PreconditionFailed(stale);
        return await change(existing);
    }

    /// <summary>The offer with the URL's external id, through the feeds' validator; every error of the offer, by field.</summary>
    private (OfferDraft? Draft, Dictionary<string, string[]> Errors) Validate(JsonObject offer, string externalId)
    {
        var stated = offer.DeepClone().AsObject();
        stated["externalId"] = externalId;
        var (draft, problems) = JsonFeedReader.ValidateOffer(JsonSerializer.SerializeToElement(stated), normaliser);
        return (draft, problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).Distinct().ToArray()));
    }

    /// <summary>A body may leave <c>externalId</c> out or repeat the URL's; it may not name another.</summary>
    private static bool LeavesExternalId(JsonObject body, string externalId) =>
        body["externalId"] is not { } given || (given.GetValueKind() == JsonValueKind.String && given.GetValue<string>() == externalId);

    private static PublishResult.Invalid ExternalIdError(string message) => new(new() { ["externalId"] = [message] });
}
