using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace Catalogue.Search.Elasticsearch;

/// <summary>
/// The filters of an <see cref="OfferQuery"/> as query-DSL clauses, split as the embedded engine splits them: the
/// filters that are also facets (each facet is counted without its own filter, so they go to <c>post_filter</c> and
/// to the other facets' aggregations), and the rest (status, provider, town, codes, price, dates, distance), which
/// narrow the query itself.
/// </summary>
internal static class ElasticsearchFilters
{
    public static List<Query> Query(OfferQuery query)
    {
        var filters = new List<Query> { Term("status", query.Status.ToString().ToLowerInvariant()) };
        AddTerms(filters, "providerId", query.Providers);
        AddTerms(filters, "city", query.Cities.Select(PolishFolding.Fold));
        AddTerms(filters, "profession", query.Professions);
        AddTerms(filters, "qualification", query.Qualifications);
        AddTerms(filters, "language", query.Languages);
        if (query.PriceMax is { } max) filters.Add(new NumberRangeQuery("price") { Lte = (double)max });
        if (query.UpdatedSince is { } since)
            filters.Add(new DateRangeQuery("updatedAt") { Gte = since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) });
        if (query.StartFrom is not null || query.StartTo is not null)
        {
            // Nested: both bounds must hold for the same run.
            filters.Add(new NestedQuery("runs", new DateRangeQuery("runs.start")
            {
                Gte = query.StartFrom is { } from ? (DateMath)Day(from) : null,
                Lte = query.StartTo is { } to ? (DateMath)Day(to) : null,
            }));
        }
        if (query.Near is { } near) filters.Add(Near(near));
        return filters;
    }

    /// <summary>The facet filters of the query, keyed by facet name.</summary>
    public static Dictionary<string, Query> Facets(OfferQuery query)
    {
        var filters = new Dictionary<string, Query>();
        void Add(string facet, string field, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count > 0) filters[facet] = Terms(field, list);
        }
        Add(FacetNames.Sector, "sector", query.Sectors.Select(s => s.ToString().ToLowerInvariant()));
        Add(FacetNames.Kind, "kind", query.Kinds);
        Add(FacetNames.Powiat, "powiat", query.Powiats);
        Add(FacetNames.Mode, "mode", query.Modes);
        Add(FacetNames.Isced, "isced", query.Isced);
        Add(FacetNames.Funding, "funding", query.Funding);
        Add(FacetNames.StartMonth, "startMonth", query.StartMonths);
        if (query.Free is { } free) Add(FacetNames.Free, "free", [free ? "true" : "false"]);
        if (OfferQueryRules.Levels(query) is { } levels)
            filters[FacetNames.Level] = Terms("level", levels.Select(l => l.ToString(CultureInfo.InvariantCulture)).ToList());
        return filters;
    }

    /// <summary>The keyword field a facet counts; the ISCED facet counts broad fields while its filter matches any depth.</summary>
    public static string FacetField(string facet) => facet == FacetNames.Isced ? "iscedBroad" : facet;

    /// <summary>Within the radius (any location of the offer), or without a location when online offers are kept.</summary>
    private static Query Near(GeoFilter near)
    {
        Query located = near.RadiusKm is { } radius
            ? new GeoDistanceQuery
            {
                Field = "points",
                Distance = radius.ToString("0.###", CultureInfo.InvariantCulture) + "km",
                Location = new LatLonGeoLocation(near.Latitude, near.Longitude),
            }
            : new ExistsQuery("points");
        if (!near.IncludeOnline) return located;
        return new BoolQuery
        {
            Should = [located, new BoolQuery { MustNot = [new ExistsQuery("points")] }],
            MinimumShouldMatch = 1,
        };
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Query Term(string field, string value) => new TermQuery(field, value);

    public static Query Terms(string field, IReadOnlyList<string> values) =>
        new TermsQuery(field, new TermsQueryField([.. values.Select(v => (FieldValue)v)]));

    private static void AddTerms(List<Query> filters, string field, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count > 0) filters.Add(Terms(field, list));
    }
}
