namespace Catalogue.Api.Providers;

/// <summary>The providers behind every door: pages of them in Polish name order, and their active-offer counts.</summary>
internal sealed class ProviderDirectory(CatalogueDbContext db, CatalogueVocabularies vocabularies)
{
    /// <summary>Providers by name in Polish order, filtered by seat powiat and type (codes already checked by the door).</summary>
    public async Task<(List<ProviderResponse> Items, int Total)> ListAsync(
        IReadOnlyList<string> powiats, IReadOnlyList<string> types, int offset, int take, CancellationToken cancellationToken)
    {
        var providers = db.Providers.AsNoTracking();
        if (powiats.Count > 0) providers = providers.Where(p => p.PowiatCode != null && powiats.Contains(p.PowiatCode));
        if (types.Count > 0) providers = providers.Where(p => types.Contains(p.Type));
        var total = await providers.CountAsync(cancellationToken);
        var page = await providers.OrderBy(p => EF.Functions.Collate(p.Name, PolishCollation.Name)).ThenBy(p => p.Id)
            .Skip(offset).Take(take)
            .ToListAsync(cancellationToken);
        var counts = await ActiveOfferCountsAsync(page.Select(p => p.Id).ToList(), cancellationToken);
        return (page.Select(p => p.ToResponse(counts.GetValueOrDefault(p.Id), vocabularies)).ToList(), total);
    }

    /// <summary>Providers by id with their active-offer counts, in two queries whatever the number of ids; unknown ids are left out.</summary>
    public async Task<List<ProviderResponse>> FindAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var providers = await db.Providers.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var counts = await ActiveOfferCountsAsync(ids, cancellationToken);
        return providers.Select(p => p.ToResponse(counts.GetValueOrDefault(p.Id), vocabularies)).ToList();
    }

    /// <summary>How many active offers each provider publishes, in one query.</summary>
    private Task<Dictionary<string, int>> ActiveOfferCountsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        db.Offers.Where(o => o.Status == OfferStatus.Active && ids.Contains(o.ProviderId))
            .GroupBy(o => o.ProviderId)
            .Select(g => new { ProviderId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.ProviderId, c => c.Count, cancellationToken);
}
