using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace Catalogue.Search.Elasticsearch;

/// <summary>
/// Translates an <see cref="OfferQuery"/> and its <see cref="SearchPlan"/> into one search request with the embedded
/// engine's semantics: the plan's text query (<see cref="ElasticsearchTextQuery"/>), an upcoming run ranking higher
/// among equal matches; facet filters go to <c>post_filter</c> and every facet is a terms aggregation under the
/// other facets' filters; paging is <c>from</c>/<c>size</c> or <c>search_after</c>, one hit more than the page to know
/// whether another page exists; totals are exact up to <see cref="OfferSearchResult.TotalLimit"/>.
/// </summary>
internal static class ElasticsearchOfferQuery
{
    public const string FacetPrefix = "facet_", FacetValues = "values";
    private const double UpcomingBoost = 0.5;
    private const int SnippetLength = 160, FacetSize = 1000;

    public static SearchRequest Build(string index, OfferQuery query, SearchPlan plan, ISet<string> rareWords)
    {
        var sort = query.EffectiveSort;
        var reversed = query.Direction is { } d && d != ElasticsearchCursor.Natural(sort);
        var text = ElasticsearchTextQuery.Build(plan, rareWords);
        var facetFilters = ElasticsearchFilters.Facets(query);
        var from = query.Cursor is null ? (query.Page - 1) * query.PageSize : 0;
        var request = new SearchRequest(index)
        {
            Query = MainQuery(query, text),
            Sort = Sort(query, sort, reversed),
            Size = Math.Max(0, Math.Min(query.PageSize + 1, OfferSearchResult.TotalLimit - from)),
            TrackTotalHits = OfferSearchResult.TotalLimit,
            Source = new SourceFilter { Includes = new[] { "payload" } },
        };
        if (query.Cursor is null) request.From = from;
        else request.SearchAfter = ElasticsearchCursor.Read(query.Cursor, sort, reversed);
        if (facetFilters.Count > 0) request.PostFilter = All(facetFilters.Values);
        if (query.IncludeFacets) request.Aggregations = Facets(facetFilters);
        if (query.IncludeHighlights && text is not null) request.Highlight = Highlight();
        return request;
    }

    private static Query MainQuery(OfferQuery query, Query? text)
    {
        var main = new BoolQuery { Filter = ElasticsearchFilters.Query(query) };
        if (text is null) return main;
        main.Must = [text];
        // Among equal matches, an offer one can still enrol in ranks first (the embedded engine adds the same 0.5).
        main.Should =
        [
            new ConstantScoreQuery(new NestedQuery("runs", new DateRangeQuery("runs.start") { Gte = "now/d" })) { Boost = (float)UpcomingBoost },
        ];
        return main;
    }

    private static List<SortOptions> Sort(OfferQuery query, OfferSort sort, bool reversed)
    {
        var natural = ElasticsearchCursor.Natural(sort) == SortDirection.Asc ? SortOrder.Asc : SortOrder.Desc;
        var order = reversed ? (natural == SortOrder.Asc ? SortOrder.Desc : SortOrder.Asc) : natural;
        var sorts = new List<SortOptions>();
        switch (sort)
        {
            case OfferSort.Relevance:
                sorts.Add(new SortOptions { Score = new ScoreSort { Order = order } });
                break;
            case OfferSort.Updated:
                sorts.Add(new FieldSort("updatedAt") { Order = order });
                break;
            case OfferSort.Price:
                sorts.Add(new FieldSort("price") { Order = order, Missing = "_last" });
                break;
            case OfferSort.Title:
                sorts.Add(new FieldSort("titleKey") { Order = order });
                break;
            case OfferSort.StartDate:
                // The next run still to start; an offer with none sorts last either way.
                sorts.Add(new FieldSort("runs.start")
                {
                    Order = order, Mode = SortMode.Min, Missing = "_last",
                    Nested = new NestedSortValue("runs") { Filter = new DateRangeQuery("runs.start") { Gte = "now/d" } },
                });
                break;
            case OfferSort.Distance when query.Near is { } near:
                sorts.Add(new GeoDistanceSort("points", [new LatLonGeoLocation(near.Latitude, near.Longitude)])
                {
                    Order = order, Mode = SortMode.Min, Unit = DistanceUnit.Kilometers, DistanceType = GeoDistanceType.Arc,
                });
                break;
        }
        // A unique tie-breaker: equal keys keep one order across pages and cursors.
        sorts.Add(new FieldSort("id") { Order = SortOrder.Asc });
        return sorts;
    }

    private static Dictionary<string, Aggregation> Facets(Dictionary<string, Query> facetFilters)
    {
        var aggregations = new Dictionary<string, Aggregation>();
        foreach (var name in FacetNames.All)
        {
            var others = facetFilters.Where(f => f.Key != name).Select(f => f.Value).ToList();
            var terms = new TermsAggregation
            {
                Field = ElasticsearchFilters.FacetField(name),
                Size = FacetSize,
                // The cluster keeps the first FacetSize buckets in this order: OfferQueryRules.Order's, so none it lists is cut.
                Order = name == FacetNames.StartMonth
                    ? [new KeyValuePair<Field, SortOrder>("_key", SortOrder.Asc)]
                    : [new KeyValuePair<Field, SortOrder>("_count", SortOrder.Desc), new KeyValuePair<Field, SortOrder>("_key", SortOrder.Asc)],
            };
            aggregations[FacetPrefix + name] = new Aggregation
            {
                Filter = others.Count == 0 ? new MatchAllQuery() : All(others),
                Aggregations = new Dictionary<string, Aggregation> { [FacetValues] = terms },
            };
        }
        return aggregations;
    }

    private static Query All(IEnumerable<Query> filters) => new BoolQuery { Filter = [.. filters] };

    private static Highlight Highlight() => new()
    {
        PreTags = ["<mark>"],
        PostTags = ["</mark>"],
        Encoder = HighlighterEncoder.Html,
        Fields =
        [
            new KeyValuePair<Field, HighlightField>(ElasticsearchOfferMapping.Title, new HighlightField { NumberOfFragments = 0 }),
            new KeyValuePair<Field, HighlightField>(ElasticsearchOfferMapping.Text, new HighlightField { FragmentSize = SnippetLength, NumberOfFragments = 1 }),
        ],
    };
}
