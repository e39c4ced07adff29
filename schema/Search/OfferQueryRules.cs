namespace Catalogue.Search;

/// <summary>
/// Rules of <see cref="OfferQuery"/> that do not depend on an engine, written once so that Lucene and Elasticsearch
/// cannot drift apart: each engine only translates their outcome into its own filters and sorts.
/// </summary>
public static class OfferQueryRules
{
    public const int LowestLevel = 1, HighestLevel = 8;

    /// <summary>
    /// The PRK levels an offer may have to match, or null when the query does not filter by level: the listed levels
    /// (all eight when none is listed) within [LevelMin, LevelMax]. One set, so the level facet can exclude its own filter.
    /// </summary>
    public static IReadOnlyList<int>? Levels(OfferQuery query)
    {
        if (query.Levels.Count == 0 && query.LevelMin is null && query.LevelMax is null) return null;
        var listed = query.Levels.Count > 0 ? query.Levels : Enumerable.Range(LowestLevel, HighestLevel);
        return listed.Where(l => l >= (query.LevelMin ?? LowestLevel) && l <= (query.LevelMax ?? HighestLevel)).ToList();
    }

    /// <summary>
    /// A facet's values as both engines list them: only values with offers, most offers first and then by value;
    /// start months in calendar order, because a month picker reads by time, not by popularity.
    /// </summary>
    public static List<FacetValue> Order(string facet, IEnumerable<FacetValue> values) => values
        .Where(v => v.Count > 0)
        .OrderByDescending(v => facet == FacetNames.StartMonth ? 0 : v.Count)
        .ThenBy(v => v.Value, StringComparer.Ordinal)
        .ToList();
}
