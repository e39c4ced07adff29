using Catalogue.Api.Http;
using Catalogue.Offers;
using Catalogue.Providers;
using Catalogue.Search;
using Catalogue.Store;
using Catalogue.Vocabularies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Offers;

internal static class OfferEndpoints
{
    public static RouteGroupBuilder MapOfferEndpoints(this RouteGroupBuilder api)
    {
        var offers = api.MapGroup("/offers").WithTags("Offers");
        offers.MapGet("/", SearchOffers)
            .WithName("SearchOffers")
            .WithSummary("Search learning offers")
            .WithDescription("Full-text search over the catalogue in Polish (inflection, diacritics and one typo handled), with combinable filters, distance, sorting, multi-select facets, highlighted snippets, page/pageSize paging up to 10,000 results and a cursor beyond. Every filter accepts several values (OR within a filter, AND across filters). Returns 400 naming the parameter when a value is not valid.")
            .ProducesValidationProblem();
        offers.MapGet("/{id}", GetOffer)
            .WithName("GetOffer")
            .WithSummary("Get one offer")
            .WithDescription("Returns the offer with the given stable id, including withdrawn offers (with status withdrawn). Answers 304 to a matching If-None-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return offers;
    }

    internal static async Task<Results<Ok<OfferSearchResponse>, ValidationProblem>> SearchOffers(
        [AsParameters] OfferListParameters parameters, ISearchIndex index, CatalogueDbContext db, CatalogueVocabularies vocabularies,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var query = OfferQueryParser.Parse(parameters, vocabularies, errors);
        if (errors.Count > 0) return Problems.Invalid(errors);

        try
        {
            return TypedResults.Ok(await SearchAsync(query, index, db, vocabularies, cancellationToken));
        }
        catch (InvalidCursorException exception)
        {
            return Problems.Invalid(new() { ["cursor"] = [exception.Message] });
        }
    }

    /// <summary>
    /// Runs a parsed query and shapes its page: the one search function behind REST and GraphQL.
    /// Throws <see cref="InvalidCursorException"/> for a cursor the engine cannot continue from.
    /// </summary>
    internal static async Task<OfferSearchResponse> SearchAsync(
        OfferQuery query, ISearchIndex index, CatalogueDbContext db, CatalogueVocabularies vocabularies, CancellationToken cancellationToken)
    {
        var result = await index.SearchAsync(query, cancellationToken);
        var items = await LoadInOrderAsync(result.Hits, db, vocabularies, cancellationToken);
        var facets = query.IncludeFacets ? FacetLabels.Describe(result.Facets, query, vocabularies) : null;
        return new OfferSearchResponse(items, result.Total, result.TotalIsLowerBound, query.Page, query.PageSize, result.NextCursor, facets);
    }

    /// <summary>Get one offer.</summary>
    /// <param name="id">The offer's stable public id, e.g. of-8f3k2m9q4v7x1b6d.</param>
    /// <param name="db">Store.</param>
    /// <param name="vocabularies">Vocabularies.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    internal static async Task<Results<ETaggedJson<OfferResponse>, ProblemHttpResult>> GetOffer(
        string id, CatalogueDbContext db, CatalogueVocabularies vocabularies, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null) return Problems.NotFound("Offer", id);
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == offer.ProviderId, cancellationToken);
        return new ETaggedJson<OfferResponse>(offer.ToResponse(provider, vocabularies));
    }

    /// <summary>
    /// The hits as responses, in the engine's order: from the snapshot the index keeps, or, for an engine that keeps
    /// none, from the store in one query (never one per hit).
    /// </summary>
    internal static async Task<List<OfferResponse>> LoadInOrderAsync(
        IReadOnlyList<OfferHit> hits, CatalogueDbContext db, CatalogueVocabularies vocabularies, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, OfferResponse>();
        foreach (var hit in hits)
        {
            if (hit.Snapshot is { } snapshot)
                byId[hit.Id] = snapshot.Offer.ToResponse(new Provider { Id = snapshot.Offer.ProviderId, Name = snapshot.ProviderName, Type = snapshot.ProviderType }, vocabularies);
        }
        var missing = hits.Select(h => h.Id).Where(id => !byId.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var offers = await db.Offers.AsNoTracking().Where(o => missing.Contains(o.Id)).ToListAsync(cancellationToken);
            foreach (var response in await ToResponsesAsync(offers, db, vocabularies, cancellationToken)) byId[response.Id] = response;
        }
        return hits.Where(h => byId.ContainsKey(h.Id))
            .Select(h => byId[h.Id] with { Highlights = h.Highlights.Count > 0 ? h.Highlights : null, DistanceKm = h.DistanceKm })
            .ToList();
    }

    /// <summary>Maps a page of offers with one query for all their providers.</summary>
    internal static async Task<List<OfferResponse>> ToResponsesAsync(
        IReadOnlyList<LearningOffer> offers, CatalogueDbContext db, CatalogueVocabularies vocabularies, CancellationToken cancellationToken)
    {
        var providerIds = offers.Select(o => o.ProviderId).Distinct().ToList();
        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return offers.Select(o => o.ToResponse(providers.GetValueOrDefault(o.ProviderId), vocabularies)).ToList();
    }
}
