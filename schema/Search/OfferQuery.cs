using Catalogue.Offers;

namespace Catalogue.Search;

/// <summary>
/// What a caller asks of the catalogue, in engine-neutral terms: REST and GraphQL both build one and hand it to the
/// same search function, so a filter means the same thing whichever door the question came through, and both
/// engines translate this one type. Every list is an OR within itself; different filters are ANDed.
/// </summary>
public sealed record OfferQuery
{
    /// <summary>Words as the user typed them; folded, stemmed and matched with one typo allowed in words of 5+ letters.</summary>
    public string? Text { get; init; }
    public IReadOnlyList<Sector> Sectors { get; init; } = [];
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public IReadOnlyList<string> Powiats { get; init; } = [];
    /// <summary>Town names, folded: "lodz" matches offers located in Łódź.</summary>
    public IReadOnlyList<string> Cities { get; init; } = [];
    public IReadOnlyList<int> Levels { get; init; } = [];
    public int? LevelMin { get; init; }
    public int? LevelMax { get; init; }
    /// <summary>ISCED-F codes at any depth: "06" matches every ICT field, "0613" one detailed field.</summary>
    public IReadOnlyList<string> Isced { get; init; } = [];
    public IReadOnlyList<string> Professions { get; init; } = [];
    public IReadOnlyList<string> Qualifications { get; init; } = [];
    public IReadOnlyList<string> Modes { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Funding { get; init; } = [];
    /// <summary>True: free offers only; false: paid only; null: both.</summary>
    public bool? Free { get; init; }
    public decimal? PriceMax { get; init; }
    /// <summary>An offer matches when one of its runs starts within [StartFrom, StartTo].</summary>
    public DateOnly? StartFrom { get; init; }
    public DateOnly? StartTo { get; init; }
    /// <summary>Start months ("2027-03") of a run, the values of the start-month facet.</summary>
    public IReadOnlyList<string> StartMonths { get; init; } = [];
    public IReadOnlyList<string> Providers { get; init; } = [];
    public DateTimeOffset? UpdatedSince { get; init; }
    public OfferStatus Status { get; init; } = OfferStatus.Active;
    public GeoFilter? Near { get; init; }
    public OfferSort Sort { get; init; } = OfferSort.Relevance;
    /// <summary>Null means the sort's natural direction (best first, soonest, cheapest, nearest, A–Z, newest).</summary>
    public SortDirection? Direction { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    /// <summary>Opaque search-after position from a previous page; when set, <see cref="Page"/> is ignored.</summary>
    public string? Cursor { get; init; }
    public bool IncludeFacets { get; init; } = true;
    public bool IncludeHighlights { get; init; } = true;

    /// <summary>The sort actually applied: relevance needs words to rank by, so without text it falls back to <c>updated</c>.</summary>
    public OfferSort EffectiveSort => Sort == OfferSort.Relevance && string.IsNullOrWhiteSpace(Text) ? OfferSort.Updated : Sort;
}

public enum OfferSort { Relevance, StartDate, Price, Distance, Title, Updated }

public enum SortDirection { Asc, Desc }

/// <summary>Offers within <see cref="RadiusKm"/> of a point; online offers (no location) are kept only when <see cref="IncludeOnline"/>.</summary>
public sealed record GeoFilter(double Latitude, double Longitude, double? RadiusKm, bool IncludeOnline);
