using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace Catalogue.Search.Elasticsearch;

/// <summary>
/// Translates an <see cref="OfferQuery"/> into one search request with the embedded engine's semantics: every word
/// must match some text field (or, one typo away, a title, profession or town, ranked lower), an exact phrase and an
/// upcoming run rank higher; facet filters go to <c>post_filter</c> and every facet is a terms aggregation under the
/// other facets' filters; paging is <c>from</c>/<c>size</c> or <c>search_after</c>, one hit more than the page to know
/// whether another page exists; totals are exact up to <see cref="OfferSearchResult.TotalLimit"/>.
/// </summary>
internal static class ElasticsearchOfferQuery
{
    public const string FacetPrefix = "facet_", FacetValues = "values";
    /// <summary>More words than this add nothing to a catalogue search but cost; the rest is ignored.</summary>
    public const int MaxWords = 24;
    private const double FuzzyWeight = 0.3, UpcomingBoost = 0.5;
    private const int SnippetLength = 160, FacetSize = 1000;

    public static SearchRequest Build(string index, OfferQuery query)
    {
        var sort = query.EffectiveSort;
        var reversed = query.Direction is { } d && d != ElasticsearchCursor.Natural(sort);
        var text = Words(query.Text);
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

    /// <summary>The user's words, at most <see cref="MaxWords"/>; null when there are none.</summary>
    public static string? Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(MaxWords));
    }

    private static Query MainQuery(OfferQuery query, string? text)
    {
        var main = new BoolQuery { Filter = ElasticsearchFilters.Query(query) };
        if (text is null) return main;
        main.Must = [TextQuery(text)];
        // Among equal matches, an offer one can still enrol in ranks first (the embedded engine adds the same 0.5).
        main.Should =
        [
            new ConstantScoreQuery(new NestedQuery("runs", new DateRangeQuery("runs.start") { Gte = "now/d" })) { Boost = (float)UpcomingBoost },
        ];
        if (text.Contains(' ', StringComparison.Ordinal))
        {
            main.Should.Add(new MatchPhraseQuery(ElasticsearchOfferMapping.Title, text) { Boost = 3 });
            main.Should.Add(new MatchPhraseQuery(ElasticsearchOfferMapping.Text, text) { Boost = 1.5f });
        }
        return main;
    }

    /// <summary>
    /// Every analysed word in some text field (cross-fields, AND), or every word within one typo in one of the
    /// fields where people name what they want. Only analysed text reaches the cluster: no query syntax to inject.
    /// Words that are all stop words match everything, as an empty search does.
    /// </summary>
    private static Query TextQuery(string text) => new BoolQuery
    {
        Should =
        [
            new MultiMatchQuery(text)
            {
                Fields = Fields.FromStrings([.. ElasticsearchOfferMapping.TextFields.Select(Boosted)]),
                Type = TextQueryType.CrossFields,
                Operator = Operator.And,
                ZeroTermsQuery = ZeroTermsQuery.All,
            },
            new MultiMatchQuery(text)
            {
                Fields = Fields.FromStrings([.. ElasticsearchOfferMapping.FuzzyFields.Select(Boosted)]),
                Type = TextQueryType.BestFields,
                Operator = Operator.And,
                Fuzziness = 1,
                PrefixLength = 1,
                MaxExpansions = 16,
                Boost = (float)FuzzyWeight,
            },
        ],
        MinimumShouldMatch = 1,
    };

    private static string Boosted((string Field, double Boost) field) =>
        field.Boost == 1 ? field.Field : $"{field.Field}^{field.Boost.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

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
