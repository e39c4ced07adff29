namespace Catalogue.Api.Offers;

/// <summary>A page of search results with facet counts.</summary>
/// <param name="Items">The offers of this page, best first.</param>
/// <param name="Total">Matching offers: exact up to 10,000; above that 10,000 with totalIsLowerBound true.</param>
/// <param name="TotalIsLowerBound">True when more than 10,000 offers match and total is a lower bound.</param>
/// <param name="Page">The 1-based page number.</param>
/// <param name="PageSize">The page size asked for.</param>
/// <param name="NextCursor">Pass as cursor to get the next page (search-after, any depth); absent on the last page.</param>
/// <param name="Facets">Counts per facet value over the current query and filters, each facet counted without its own filter (multi-select).</param>
/// <param name="Understood">With q: how its words were read (text, places, modes, kinds, free, codes, ignored stop words).</param>
/// <param name="Relaxed">True when no offer matched enough of the words and these results match only some of them.</param>
/// <param name="DidYouMean">With q: the query with words the catalogue does not know replaced by the closest known words; absent when every word is known.</param>
public sealed record OfferSearchResponse(
    IReadOnlyList<OfferResponse> Items, long Total, bool TotalIsLowerBound, int Page, int PageSize, string? NextCursor,
    IReadOnlyList<FacetResponse>? Facets, UnderstoodQueryResponse? Understood = null, bool Relaxed = false, string? DidYouMean = null);

/// <summary>How the words of q were read, so that a UI can say "szukam: spawanie · miejsce: Łódź".</summary>
/// <param name="Text">The words searched as text, as typed: q without stop words and without the words understood as terms.</param>
/// <param name="Terms">What the vocabularies recognised: places (city, powiat), delivery modes, free offers, kinds and codes (profession, qualification, isced, level). Each ranks matching offers higher; with no other words they are required.</param>
/// <param name="Ignored">Stop words left out of the search (w, na, dla, …).</param>
/// <param name="Units">Text units searched: a word, or the words of a multi-word name known to the synonyms.</param>
/// <param name="Required">How many of the units an offer must cover: all of 1–2, all but one of 3–4, 60 % (rounded up) of 5 or more; 1 when relaxed.</param>
public sealed record UnderstoodQueryResponse(string Text, IReadOnlyList<UnderstoodTermResponse> Terms, IReadOnlyList<string> Ignored, int Units, int Required);

/// <summary>Something recognised in q.</summary>
/// <param name="Type">city, powiat, mode, free, kind, profession, qualification, isced or level: the filter parameter it corresponds to.</param>
/// <param name="Value">The value that filter would take (a folded town name, a TERYT code, a mode or kind code, a code).</param>
/// <param name="Label">Polish label.</param>
/// <param name="Matched">The words of q that named it, as typed.</param>
public sealed record UnderstoodTermResponse(string Type, string Value, string Label, string Matched);

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
