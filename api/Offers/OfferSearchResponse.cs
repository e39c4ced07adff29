namespace Catalogue.Api.Offers;

/// <summary>A page of search results with facet counts.</summary>
/// <param name="Items">The offers of this page, best first.</param>
/// <param name="Total">Matching offers: exact up to 10,000; above that 10,000 with totalIsLowerBound true.</param>
/// <param name="TotalIsLowerBound">True when more than 10,000 offers match and total is a lower bound.</param>
/// <param name="Page">The 1-based page number.</param>
/// <param name="PageSize">The page size asked for.</param>
/// <param name="NextCursor">Pass as cursor to get the next page (search-after, any depth); absent on the last page.</param>
/// <param name="Facets">Counts per facet value over the current query and filters, each facet counted without its own filter (multi-select).</param>
public sealed record OfferSearchResponse(
    IReadOnlyList<OfferResponse> Items, long Total, bool TotalIsLowerBound, int Page, int PageSize, string? NextCursor,
    IReadOnlyList<FacetResponse>? Facets);

/// <summary>One facet: sector, kind, powiat, level, mode, isced, funding, free or startMonth.</summary>
/// <param name="Name">The facet, named as its filter parameter.</param>
/// <param name="Values">Values with at least one matching offer, and every selected value.</param>
public sealed record FacetResponse(string Name, IReadOnlyList<FacetValueResponse> Values);

/// <summary>A facet value and how many offers would match if it were selected.</summary>
/// <param name="Value">The code to pass to the filter parameter.</param>
/// <param name="Label">Polish label.</param>
/// <param name="Count">Matching offers.</param>
/// <param name="Selected">True when the current query filters by this value.</param>
public sealed record FacetValueResponse(string Value, string Label, long Count, bool Selected);
