namespace Catalogue.Api.Offers;

/// <summary>
/// A search as a door received it, typed but not yet validated: codes are checked against the vocabularies, ranges and
/// cross-field rules by <see cref="OfferSearch"/>. Each list is an OR within itself; different filters are ANDed.
/// Codes that name a choice (status, sort, order, online) stay text, because their spelling is part of the contract.
/// </summary>
internal sealed record OfferSearchRequest
{
    public string? Text { get; init; }
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public IReadOnlyList<string> Powiats { get; init; } = [];
    public IReadOnlyList<string> Cities { get; init; } = [];
    public IReadOnlyList<int> Levels { get; init; } = [];
    public int? LevelMin { get; init; }
    public int? LevelMax { get; init; }
    public IReadOnlyList<string> Isced { get; init; } = [];
    public IReadOnlyList<string> Professions { get; init; } = [];
    public IReadOnlyList<string> Qualifications { get; init; } = [];
    public IReadOnlyList<string> Modes { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Funding { get; init; } = [];
    public bool? Free { get; init; }
    public decimal? PriceMax { get; init; }
    public DateOnly? StartFrom { get; init; }
    public DateOnly? StartTo { get; init; }
    /// <summary>Months as YYYY-MM, the values of the startMonth facet.</summary>
    public IReadOnlyList<string> StartMonths { get; init; } = [];
    public IReadOnlyList<string> Providers { get; init; } = [];
    public DateTimeOffset? UpdatedSince { get; init; }
    /// <summary>active (default) or withdrawn.</summary>
    public string? Status { get; init; }
    public NearRequest? Near { get; init; }
    public string? Sort { get; init; }
    public string? Order { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
    public string? Cursor { get; init; }
    public bool IncludeFacets { get; init; } = true;
}

/// <summary>Distance from a point (both coordinates) or a town of the region, optionally only within a radius.</summary>
internal sealed record NearRequest(double? Latitude, double? Longitude, string? Town, double? RadiusKm, string? Online);
