using Lucene.Net.Util;

namespace Catalogue.Search.Lucene;

/// <summary>Where the Lucene engine counts facets: from per-value bitsets cached per reader, never by loading documents.</summary>
internal static class LuceneFacets
{
    /// <summary>The filters that are also facets, keyed by facet name: each facet is counted without its own filter.</summary>
    public static Dictionary<string, FixedBitSet> Filters(ReaderBitsets bits, OfferQuery query)
    {
        var filters = new Dictionary<string, FixedBitSet>();
        void Add(string facet, string field, IEnumerable<string> values)
        {
            if (LuceneOfferSearch.Union(bits, field, values) is { } union) filters[facet] = union;
        }
        Add(FacetNames.Sector, LuceneOfferFields.Sector, query.Sectors.Select(s => s.ToString().ToLowerInvariant()));
        Add(FacetNames.Kind, LuceneOfferFields.Kind, query.Kinds);
        Add(FacetNames.Powiat, LuceneOfferFields.Powiat, query.Powiats);
        Add(FacetNames.Mode, LuceneOfferFields.Mode, query.Modes);
        Add(FacetNames.Isced, LuceneOfferFields.Isced, query.Isced);
        Add(FacetNames.Funding, LuceneOfferFields.Funding, query.Funding);
        Add(FacetNames.StartMonth, LuceneOfferFields.StartMonth, query.StartMonths);
        if (query.Free is { } free) Add(FacetNames.Free, LuceneOfferFields.Free, [free ? "true" : "false"]);
        if (OfferQueryRules.Levels(query) is { } levels)
            filters[FacetNames.Level] = bits.Union(LuceneOfferFields.Level, levels.Select(l => l.ToString(CultureInfo.InvariantCulture)));
        return filters;
    }

    /// <summary>
    /// Counts every facet over the documents that pass the query and the other facets' filters (multi-select: a facet's
    /// own filter is left out), one bitset intersection per value; values in the order <see cref="OfferQueryRules"/> fixes.
    /// </summary>
    public static List<Facet> Count(ReaderBitsets bits, FixedBitSet baseDocs, Dictionary<string, FixedBitSet> filters)
    {
        var facets = new List<Facet>(FacetNames.All.Count);
        foreach (var name in FacetNames.All)
        {
            var docs = baseDocs.Clone();
            foreach (var (other, filter) in filters)
                if (other != name) docs.And(filter);
            var field = FacetField(name);
            var values = bits.Values(field).Select(v => new FacetValue(v, FixedBitSet.IntersectionCount(docs, bits.Get(field, v))));
            facets.Add(new Facet(name, OfferQueryRules.Order(name, values)));
        }
        return facets;
    }

    private static string FacetField(string facet) => facet switch
    {
        FacetNames.Sector => LuceneOfferFields.Sector,
        FacetNames.Kind => LuceneOfferFields.Kind,
        FacetNames.Powiat => LuceneOfferFields.Powiat,
        FacetNames.Level => LuceneOfferFields.Level,
        FacetNames.Mode => LuceneOfferFields.Mode,
        FacetNames.Isced => LuceneOfferFields.IscedBroad,
        FacetNames.Funding => LuceneOfferFields.Funding,
        FacetNames.Free => LuceneOfferFields.Free,
        _ => LuceneOfferFields.StartMonth,
    };
}
