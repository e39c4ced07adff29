using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;

namespace Catalogue.Search.Elasticsearch;

/// <summary>Reads a search response back into the contract: hits with their card, distance and highlights; facets; total; next cursor.</summary>
internal static class ElasticsearchSearchResults
{
    private static readonly IReadOnlyDictionary<string, string> NoHighlights = new Dictionary<string, string>();

    public static OfferSearchResult Read(SearchResponse<ElasticsearchStoredOffer> response, OfferQuery query)
    {
        var sort = query.EffectiveSort;
        var reversed = query.Direction is { } d && d != ElasticsearchCursor.Natural(sort);
        var all = response.HitsMetadata?.Hits?.ToList() ?? [];
        var page = all.Take(query.PageSize).ToList();
        var nextCursor = all.Count > query.PageSize && page.Count > 0 && page[^1].Sort is { } values
            ? ElasticsearchCursor.Write(sort, reversed, values) : null;

        var hits = page.Select(hit =>
        {
            var card = hit.Source?.Payload is { } payload ? OfferCard.Deserialize(payload.GetRawText()) : null;
            return new OfferHit(hit.Id!, hit.Score ?? 0, query.Near is { } near ? NearestKm(card, near) : null, Highlights(hit))
            {
                Card = card,
            };
        }).ToList();

        var total = response.HitsMetadata?.Total;
        var (count, lowerBound) = total is null ? (0L, false)
            : total.Match(t => (t?.Value ?? 0, t?.Relation == TotalHitsRelation.Gte), n => (n, false));
        var facets = query.IncludeFacets ? Facets(response.Aggregations) : [];
        return new OfferSearchResult(hits, Math.Min(count, OfferSearchResult.TotalLimit), lowerBound || count > OfferSearchResult.TotalLimit, nextCursor, facets);
    }

    private static IReadOnlyDictionary<string, string> Highlights(Hit<ElasticsearchStoredOffer> hit)
    {
        if (hit.Highlight is not { Count: > 0 } highlight) return NoHighlights;
        var result = new Dictionary<string, string>();
        if (highlight.TryGetValue(ElasticsearchOfferMapping.Title, out var title) && title.Count > 0) result["title"] = string.Concat(title);
        if (highlight.TryGetValue(ElasticsearchOfferMapping.Text, out var text) && text.Count > 0) result["description"] = text.First();
        return result;
    }

    /// <summary>
    /// Facets in the contract's order of values (<see cref="OfferQueryRules.Order"/>). Counted by the cluster, ordered
    /// here so both engines list them alike.
    /// </summary>
    private static List<Facet> Facets(AggregateDictionary? aggregations)
    {
        var facets = new List<Facet>(FacetNames.All.Count);
        foreach (var name in FacetNames.All)
        {
            var buckets = aggregations?.GetFilter(ElasticsearchOfferQuery.FacetPrefix + name)?.Aggregations?.GetStringTerms(ElasticsearchOfferQuery.FacetValues)?.Buckets ?? [];
            var values = buckets.Select(b => new FacetValue(b.Key.TryGetString(out var s) ? s! : b.Key.ToString(), b.DocCount));
            facets.Add(new Facet(name, OfferQueryRules.Order(name, values)));
        }
        return facets;
    }

    /// <summary>The nearest of the offer's locations, computed as the embedded engine does; null for an offer without one.</summary>
    private static double? NearestKm(OfferCard? card, GeoFilter near)
    {
        var distances = card?.Locations
            .Where(l => l.Latitude is not null && l.Longitude is not null)
            .Select(l => GeoDistance.Kilometres(near.Latitude, near.Longitude, l.Latitude!.Value, l.Longitude!.Value))
            .ToList();
        return distances is { Count: > 0 } ? Math.Round(distances.Min(), 2) : null;
    }
}
