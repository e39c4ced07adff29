namespace Catalogue.Search;

/// <summary>
/// An offer flattened for search, with the labels people type (profession names, kind, towns, provider) spelled out.
/// Built from the store by <see cref="OfferDocumentBuilder"/>; both engines index exactly this.
/// </summary>
public sealed record OfferDocument
{
    public required string Id { get; init; }
    public required string ProviderId { get; init; }
    public required string ProviderName { get; init; }
    public string ProviderType { get; init; } = "";
    public required string Sector { get; init; }
    public required string Kind { get; init; }
    public required string KindLabel { get; init; }
    public required string Title { get; init; }
    /// <summary>Description and learning outcomes as plain text.</summary>
    public string Text { get; init; } = "";
    public string? StudyField { get; init; }
    public IReadOnlyList<string> ProfessionCodes { get; init; } = [];
    public IReadOnlyList<string> ProfessionNames { get; init; } = [];
    public IReadOnlyList<string> QualificationCodes { get; init; } = [];
    public IReadOnlyList<string> QualificationNames { get; init; } = [];
    /// <summary>Every ISCED-F code of the offer at every depth (0613 → 06, 061, 0613), so a filter matches at any depth.</summary>
    public IReadOnlyList<string> IscedCodes { get; init; } = [];
    /// <summary>The broad (2-digit) fields: the values of the ISCED facet.</summary>
    public IReadOnlyList<string> IscedBroad { get; init; } = [];
    public int? PrkLevel { get; init; }
    public required string Mode { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public bool IsFree { get; init; }
    public double? PricePln { get; init; }
    public IReadOnlyList<string> Funding { get; init; } = [];
    public IReadOnlyList<DateOnly> RunStarts { get; init; } = [];
    public IReadOnlyList<string> Cities { get; init; } = [];
    public IReadOnlyList<string> Powiats { get; init; } = [];
    public IReadOnlyList<GeoPoint> Points { get; init; } = [];
    public bool IsOnline { get; init; }
    public required string Status { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>The store's version of the offer; an engine never replaces a newer version with an older one.</summary>
    public long Version { get; init; }
    /// <summary>The <see cref="OfferCard"/> as JSON: what a result page shows, kept so that search needs no store read.</summary>
    public string? Payload { get; init; }
}

public readonly record struct GeoPoint(double Latitude, double Longitude);
