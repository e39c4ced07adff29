namespace Catalogue.Api.Offers;

/// <summary>Offers by id from the store, withdrawn ones included, behind every door.</summary>
internal sealed class OfferLookup(CatalogueDbContext db, CatalogueVocabularies vocabularies)
{
    /// <summary>One offer with its provider; null when no offer has the id.</summary>
    public async Task<OfferResponse?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null) return null;
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == offer.ProviderId, cancellationToken);
        return offer.ToResponse(provider, vocabularies);
    }

    /// <summary>
    /// Offers in one query, in the order asked, null where no offer has the id. Providers are named by id only: a
    /// caller that shows them loads them in one batch of its own (GraphQL's batch loader), not one per offer here.
    /// </summary>
    public async Task<List<OfferResponse?>> FindManyAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        var offers = await db.Offers.AsNoTracking().Where(o => distinct.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        return ids.Select(id => offers.TryGetValue(id, out var offer) ? offer.ToResponse(null, vocabularies) : null).ToList();
    }
}
