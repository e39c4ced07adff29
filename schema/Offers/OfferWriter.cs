using System.Security.Cryptography;
using System.Text.Json;
using Catalogue.Changes;
using Catalogue.Store;

namespace Catalogue.Offers;

/// <summary>
/// The one way offers enter or leave the store. Each call is one transaction that writes the offers together with
/// their change-log rows, so the search index (which follows the log) can never miss a change that was stored.
/// Unchanged drafts (same content hash) write nothing and produce no change.
/// </summary>
public sealed class OfferWriter(CatalogueDbContext db, TimeProvider clock)
{
    public async Task<OfferWriteResult> UpsertAsync(
        string providerId, IReadOnlyList<OfferDraft> drafts, OfferSource source, bool isDemo, CancellationToken cancellationToken)
    {
        // The last draft of an external id wins; validation reports duplicates before they get here.
        var byId = new Dictionary<string, OfferDraft>();
        foreach (var draft in drafts) byId[OfferId.From(providerId, draft.ExternalId)] = draft;
        var ids = byId.Keys.ToList();
        var existing = await db.Offers.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var now = clock.GetUtcNow();
        int created = 0, updated = 0, unchanged = 0;

        foreach (var (id, draft) in byId)
        {
            var hash = ContentHash(draft);
            if (existing.TryGetValue(id, out var offer))
            {
                if (offer.ContentHash == hash && offer.Status == OfferStatus.Active) { unchanged++; continue; }
                Apply(offer, draft, hash);
                offer.Status = OfferStatus.Active;
                offer.Source = source;
                offer.Version++;
                offer.UpdatedAt = now;
                updated++;
                db.OfferChanges.Add(Change(offer, OfferChangeKind.Updated, now));
            }
            else
            {
                offer = new LearningOffer
                {
                    Id = id, ProviderId = providerId, ExternalId = draft.ExternalId.Trim(), Sector = draft.Sector, Kind = draft.Kind,
                    Title = draft.Title, Mode = draft.Mode, Source = source, IsDemo = isDemo, ContentHash = hash,
                    CreatedAt = now, UpdatedAt = now, Version = 1,
                };
                Apply(offer, draft, hash);
                db.Offers.Add(offer);
                created++;
                db.OfferChanges.Add(Change(offer, OfferChangeKind.Created, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new OfferWriteResult(created, updated, unchanged, 0);
    }

    /// <summary>Withdraws offers (soft: they stay in the store, readable by id, and leave default search).</summary>
    public async Task<OfferWriteResult> WithdrawAsync(IReadOnlyCollection<string> offerIds, CancellationToken cancellationToken)
    {
        var ids = offerIds.ToList();
        var offers = await db.Offers.Where(o => ids.Contains(o.Id) && o.Status == OfferStatus.Active).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var offer in offers)
        {
            offer.Status = OfferStatus.Withdrawn;
            offer.Version++;
            offer.UpdatedAt = now;
            db.OfferChanges.Add(Change(offer, OfferChangeKind.Withdrawn, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return new OfferWriteResult(0, 0, 0, offers.Count);
    }

    public static string ContentHash(OfferDraft draft) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(draft)));

    private static OfferChange Change(LearningOffer offer, OfferChangeKind kind, DateTimeOffset now) =>
        new() { OfferId = offer.Id, ProviderId = offer.ProviderId, Kind = kind, Version = offer.Version, At = now };

    private static void Apply(LearningOffer offer, OfferDraft draft, string hash)
    {
        offer.Sector = draft.Sector;
        offer.Kind = draft.Kind;
        offer.Title = draft.Title;
        offer.Description = draft.Description;
        offer.LearningOutcomes = [.. draft.LearningOutcomes];
        offer.AdmissionRequirements = draft.AdmissionRequirements;
        offer.TargetGroup = draft.TargetGroup;
        offer.PrkLevel = draft.PrkLevel;
        offer.IscedCodes = [.. draft.IscedCodes];
        offer.ProfessionCodes = [.. draft.ProfessionCodes];
        offer.QualificationCodes = [.. draft.QualificationCodes];
        offer.StudyField = draft.StudyField;
        offer.Disciplines = [.. draft.Disciplines];
        offer.Mode = draft.Mode;
        offer.Languages = [.. draft.Languages];
        offer.DurationHours = draft.DurationHours;
        offer.DurationSemesters = draft.DurationSemesters;
        offer.IsFree = draft.IsFree;
        offer.PricePln = draft.IsFree ? null : draft.Runs.Select(r => r.PricePln).Append(draft.PricePln).Where(p => p is not null).Min();
        offer.Funding = [.. draft.Funding];
        offer.IsOnline = draft.IsOnline;
        offer.Certificate = draft.Certificate;
        offer.ContactEmail = draft.ContactEmail;
        offer.ContactPhone = draft.ContactPhone;
        offer.Url = draft.Url;
        offer.ContentHash = hash;
        offer.Runs.Clear();
        offer.Runs.AddRange(draft.Runs.Select(r => new OfferRun
        {
            Start = r.Start, End = r.End, EnrolmentDeadline = r.EnrolmentDeadline, Places = r.Places, PricePln = r.PricePln,
        }));
        offer.Locations.Clear();
        offer.Locations.AddRange(draft.Locations.Select(l => new OfferLocation
        {
            City = l.City, PowiatCode = l.PowiatCode, Address = l.Address, PostalCode = l.PostalCode, GminaCode = l.GminaCode,
            Latitude = l.Latitude, Longitude = l.Longitude,
        }));
    }
}

public sealed record OfferWriteResult(int Created, int Updated, int Unchanged, int Withdrawn);
