using Catalogue.Api.Offers;
using Catalogue.Providers;

namespace Catalogue.Api.Publishing.Offers;

/// <summary>
/// The provider's private reads of its own offers, for every door: withdrawn ones included, each with its write ETag.
/// An offer of another provider is "not found", whatever its id says.
/// </summary>
internal sealed class OwnOfferQueries(CatalogueDbContext db)
{
    /// <summary>The stored offer with its runs and locations, tracked so that a write can change it.</summary>
    public Task<LearningOffer?> LoadAsync(string offerId, CancellationToken cancellationToken) =>
        db.Offers.Include(o => o.Runs).Include(o => o.Locations).FirstOrDefaultAsync(o => o.Id == offerId, cancellationToken);

    /// <summary>One of the provider's offers, or null when it has none of that external id.</summary>
    public async Task<OwnOffer?> GetAsync(string providerId, string externalId, CancellationToken cancellationToken)
    {
        var offer = await LoadAsync(OfferId.From(providerId, externalId), cancellationToken);
        if (offer is null || offer.ProviderId != providerId) return null;
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, cancellationToken);
        return new OwnOffer(offer, provider, Preconditions.ETagOf(offer));
    }

    /// <summary>A page of the provider's offers (of one status, or all), newest change first; null when there is no such provider.</summary>
    public async Task<OwnOfferPage?> ListAsync(string providerId, OfferStatus? status, int offset, int take, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, cancellationToken);
        if (provider is null) return null;
        var offers = db.Offers.AsNoTracking().Where(o => o.ProviderId == providerId);
        if (status is not null) offers = offers.Where(o => o.Status == status);
        var total = await offers.CountAsync(cancellationToken);
        var items = await offers.OrderByDescending(o => o.UpdatedAt).ThenBy(o => o.Id).Skip(offset).Take(take)
            .Include(o => o.Runs).Include(o => o.Locations).ToListAsync(cancellationToken);
        return new OwnOfferPage(provider, items.Select(o => new OwnOffer(o, provider, Preconditions.ETagOf(o))).ToList(), total);
    }
}

/// <summary>A provider's own offer with the ETag its next write must name.</summary>
internal sealed record OwnOffer(LearningOffer Offer, Provider? Provider, string ETag);

/// <summary>A page of a provider's own offers and how many there are in all.</summary>
internal sealed record OwnOfferPage(Provider Provider, IReadOnlyList<OwnOffer> Offers, int Total);

/// <summary>One of the provider's own offers with what the next write needs.</summary>
/// <param name="ETag">Send as <c>If-Match</c> with the next PUT, PATCH or DELETE of this offer.</param>
/// <param name="Version">Incremented on every change.</param>
/// <param name="Offer">The offer as the public API shows it (with its status).</param>
public sealed record OwnOfferResponse(string ETag, long Version, OfferResponse Offer);
