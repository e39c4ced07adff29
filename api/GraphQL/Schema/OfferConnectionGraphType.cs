using Catalogue.Api.Offers;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Catalogue.Api.GraphQL;

/// <summary>A page of search results in the Relay connection shape.</summary>
internal sealed record OfferPage(IReadOnlyList<OfferEdge> Edges, long TotalCount, bool TotalIsLowerBound, PageInfo PageInfo, IReadOnlyList<FacetResponse> Facets)
{
    public UnderstoodQueryResponse? Understood { get; init; }
    public bool Relaxed { get; init; }
    public string? DidYouMean { get; init; }
}

internal sealed record OfferEdge(OfferResponse Node, string? Cursor, OfferHighlights? Highlights, double? DistanceKm);

internal sealed record OfferHighlights(string? Title, string? Description);

internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

internal sealed class OfferConnectionGraphType : ObjectGraphType<OfferPage>
{
    public OfferConnectionGraphType()
    {
        Name = "OfferConnection";
        Description = "A page of search results (Relay connection) with the total and the facet counts.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferEdgeGraphType>>>>("edges")
            .Description("The offers of this page, best first, each with its snippets and distance.")
            .WithComplexityImpact(PageOfChildren).Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferGraphType>>>>("nodes")
            .Description("The offers of this page without their edges: a shortcut when snippets and distances are not needed.")
            .WithComplexityImpact(PageOfChildren).Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field(x => x.TotalCount).Description("Matching offers: exact up to 10,000; above that 10,000 with totalIsLowerBound true.");
        Field(x => x.TotalIsLowerBound).Description("True when more than 10,000 offers match and totalCount is a lower bound.");
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Where this page is and how to continue.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetGraphType>>>>("facets")
            .Description("Counts per facet value (sector, kind, powiat, level, mode, isced, funding, free, startMonth), each facet counted without its own filter so that a UI can offer multi-select. Computed only when selected; costs as 9 facets of 10 values.")
            .WithComplexityImpact(1, FacetNames.All.Count).Resolve(c => c.Source.Facets);
        Field<UnderstoodQueryGraphType>("understood")
            .Description("With query: how its words were read (text, places, modes, kinds, free, codes, ignored stop words), so that a UI can say \"szukam: spawanie · miejsce: Łódź\".")
            .Resolve(c => c.Source.Understood);
        Field(x => x.Relaxed).Description("True when no offer matched enough of the words and these results match only some of them.");
        Field(x => x.DidYouMean, nullable: true).Description("With query: the query with words the catalogue does not know replaced by the closest known words; null when every word is known.");
    }

    /// <summary>A list under a paged field costs its children once per item of the page asked for (<c>first</c>, default 20).</summary>
    internal static FieldComplexityResult PageOfChildren(FieldImpactContext context) =>
        new(1, IntArgument(context.Parent, "first") ?? OfferSearchValidation.DefaultPageSize);

    /// <summary>An integer argument of a field as the analyser sees it (a literal or a variable's value), null when absent or null.</summary>
    internal static int? IntArgument(FieldImpactContext? context, string name) =>
        context?.Arguments is { } arguments && arguments.TryGetValue(name, out var argument) && argument.Value is int value ? value : null;
}

internal sealed class OfferEdgeGraphType : ObjectGraphType<OfferEdge>
{
    public OfferEdgeGraphType()
    {
        Name = "OfferEdge";
        Description = "One search result: the offer and what the search found about it.";
        Field<NonNullGraphType<OfferGraphType>>("node").Description("The offer.").Resolve(c => c.Source.Node);
        Field(x => x.Cursor, nullable: true).Description("Pass as after to continue after this edge. Set on the last edge of a page (equal to pageInfo.endCursor): the search continues after whole pages.");
        Field<OfferHighlightsGraphType>("highlights").Description("With query: HTML-safe snippets with the matched words in <mark>.").Resolve(c => c.Source.Highlights);
        Field(x => x.DistanceKm, nullable: true).Description("With near: kilometres to the offer's nearest location.");
    }
}

internal sealed class OfferHighlightsGraphType : ObjectGraphType<OfferHighlights>
{
    public OfferHighlightsGraphType()
    {
        Name = "OfferHighlights";
        Description = "HTML-safe snippets of an offer with the matched words in <mark>.";
        Field(x => x.Title, nullable: true).Description("The title, when a searched word is in it.");
        Field(x => x.Description, nullable: true).Description("A passage of the description around the searched words.");
    }
}

internal sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Relay page information.";
        Field(x => x.HasNextPage).Description("True when another page follows; continue with after: endCursor.");
        Field(x => x.HasPreviousPage).Description("True when this page was asked for with after (it is not the first page).");
        Field(x => x.StartCursor, nullable: true).Description("The cursor this page was asked for with (after), if any.");
        Field(x => x.EndCursor, nullable: true).Description("The cursor to pass as after for the next page; null on the last page.");
    }
}

internal sealed class FacetGraphType : ObjectGraphType<FacetResponse>
{
    public FacetGraphType()
    {
        Name = "Facet";
        Description = "One facet: sector, kind, powiat, level, mode, isced, funding, free or startMonth.";
        Field(x => x.Name).Description("The facet, named as its filter field.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueGraphType>>>>("values")
            .Description("Values with at least one matching offer, and every selected value.")
            .WithComplexityImpact(1, 10).Resolve(c => c.Source.Values);
    }
}

internal sealed class FacetValueGraphType : ObjectGraphType<FacetValueResponse>
{
    public FacetValueGraphType()
    {
        Name = "FacetValue";
        Description = "A facet value and how many offers would match if it were selected.";
        Field(x => x.Value).Description("The code to pass to the filter field.");
        Field(x => x.Label).Description("Polish label, e.g. the powiat's name or \"styczeń 2027\".");
        Field(x => x.Count).Description("Matching offers.");
        Field(x => x.Selected).Description("True when the current filter selects this value.");
    }
}

internal sealed class UnderstoodQueryGraphType : ObjectGraphType<UnderstoodQueryResponse>
{
    public UnderstoodQueryGraphType()
    {
        Name = "UnderstoodQuery";
        Description = "How the words of a query were read.";
        Field(x => x.Text).Description("The words searched as text, as typed: the query without stop words and without the words understood as terms.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnderstoodTermGraphType>>>>("terms")
            .Description("What the vocabularies recognised: places (city, powiat), delivery modes, free offers, kinds and codes (profession, qualification, isced, level). Each ranks matching offers higher; with no other words they are required.")
            .Resolve(c => c.Source.Terms);
        Field(x => x.Ignored).Description("Stop words left out of the search (w, na, dla, …).");
        Field(x => x.Units).Description("Text units searched: a word, or the words of a multi-word name known to the synonyms.");
        Field(x => x.Required).Description("How many of the units an offer must cover: all of 1–2, all but one of 3–4, 60 % (rounded up) of 5 or more; 1 when relaxed.");
    }
}

internal sealed class UnderstoodTermGraphType : ObjectGraphType<UnderstoodTermResponse>
{
    public UnderstoodTermGraphType()
    {
        Name = "UnderstoodTerm";
        Description = "Something recognised in a query.";
        Field(x => x.Type).Description("city, powiat, mode, free, kind, profession, qualification, isced or level: the filter it corresponds to.");
        Field(x => x.Value).Description("The value that filter would take (a folded town name, a TERYT code, a mode or kind code, a code).");
        Field(x => x.Label).Description("Polish label.");
        Field(x => x.Matched).Description("The words of the query that named it, as typed.");
    }
}
