namespace Catalogue.Api.Offers;

/// <summary>
/// The search of offers, behind every door: validates a typed request into an <see cref="OfferQuery"/>, asks the
/// engine, and shapes the page (cards as responses, facets with labels, the next cursor).
/// </summary>
internal sealed class OfferSearch(ISearchReader index, CatalogueDbContext db, CatalogueVocabularies vocabularies, Metrics.CatalogueMetrics metrics)
{
    public Task<OfferSearchOutcome> SearchAsync(OfferSearchRequest request, CancellationToken cancellationToken) =>
        SearchAsync(request, new FieldErrors(), cancellationToken);

    /// <summary>
    /// As above, with the errors the door already found reading its own input (a date that is not a date), so that
    /// every problem is answered in one round.
    /// </summary>
    public async Task<OfferSearchOutcome> SearchAsync(OfferSearchRequest request, FieldErrors errors, CancellationToken cancellationToken)
    {
        var query = OfferSearchValidation.Validate(request, vocabularies, errors);
        if (errors.Count > 0) return new OfferSearchOutcome(null, errors);
        try
        {
            var page = await RunAsync(query, cancellationToken);
            if (page.Understood is { Units: 0, Terms.Count: 0 })
            {
                errors.Add(OfferSearchFields.Text, NothingToSearch(page.Understood.Ignored));
                return new OfferSearchOutcome(null, errors);
            }
            return new OfferSearchOutcome(page, errors);
        }
        catch (InvalidCursorException exception)
        {
            errors.Add(OfferSearchFields.PageCursor, exception.Message);
            return new OfferSearchOutcome(null, errors);
        }
    }

    private async Task<OfferSearchResponse> RunAsync(OfferQuery query, CancellationToken cancellationToken)
    {
        using var timing = metrics.TimeSearch();
        var result = await index.SearchAsync(query, cancellationToken);
        var items = await LoadInOrderAsync(result.Hits, cancellationToken);
        var facets = query.IncludeFacets ? FacetLabels.Describe(result.Facets, query, vocabularies) : null;
        var reading = result.Interpretation;
        return new OfferSearchResponse(items, result.Total, result.TotalIsLowerBound, query.Page, query.PageSize, result.NextCursor, facets,
            reading is null ? null : Understood(reading), reading?.Relaxed ?? false, reading?.DidYouMean);
    }

    private static UnderstoodQueryResponse Understood(SearchInterpretation reading) => new(
        reading.Plan.Text,
        reading.Plan.Terms.Select(t => new UnderstoodTermResponse(t.Type, t.Value, t.Label, t.Matched)).ToList(),
        reading.Plan.Ignored,
        reading.Plan.Units.Count,
        reading.Relaxed ? reading.Plan.Relaxed().MinimumShouldMatch : reading.Plan.MinimumShouldMatch);

    private static string NothingToSearch(IReadOnlyList<string> ignored) => ignored.Count > 0
        ? $"Only common words ({string.Join(", ", ignored.Distinct())}) that cannot be searched by alone: add what you are looking for."
        : "No word to search by: add what you are looking for.";

    /// <summary>
    /// The hits as responses, in the engine's order: from the card the index keeps, or, for an engine that keeps none,
    /// from the store in one query (never one per hit).
    /// </summary>
    private async Task<List<OfferResponse>> LoadInOrderAsync(IReadOnlyList<OfferHit> hits, CancellationToken cancellationToken)
    {
        var cards = hits.Where(h => h.Card is not null).ToDictionary(h => h.Id, h => h.Card!);
        var missing = hits.Select(h => h.Id).Where(id => !cards.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var offers = await db.Offers.AsNoTracking().Where(o => missing.Contains(o.Id)).ToListAsync(cancellationToken);
            var providerIds = offers.Select(o => o.ProviderId).Distinct().ToList();
            var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            foreach (var offer in offers) cards[offer.Id] = OfferCard.From(offer, providers.GetValueOrDefault(offer.ProviderId));
        }
        return hits.Where(h => cards.ContainsKey(h.Id))
            .Select(h => cards[h.Id].ToResponse(vocabularies) with { Highlights = h.Highlights.Count > 0 ? h.Highlights : null, DistanceKm = h.DistanceKm })
            .ToList();
    }
}

/// <summary>A search's answer: the page, or (with <see cref="Page"/> null) the errors keyed by neutral field path.</summary>
internal sealed record OfferSearchOutcome(OfferSearchResponse? Page, FieldErrors Errors);
