namespace Catalogue.Offers;

/// <summary>
/// A validated, normalised offer as a provider describes it, before it is stored: what feeds, uploads, the write API
/// and the demo generator all produce. It holds only what the provider owns — never the public id, the provider,
/// the status, timestamps or the source, which the store sets.
/// </summary>
public sealed record OfferDraft
{
    public required string ExternalId { get; init; }
    public required Sector Sector { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> LearningOutcomes { get; init; } = [];
    public string? AdmissionRequirements { get; init; }
    public string? TargetGroup { get; init; }
    public int? PrkLevel { get; init; }
    public IReadOnlyList<string> IscedCodes { get; init; } = [];
    public IReadOnlyList<string> ProfessionCodes { get; init; } = [];
    public IReadOnlyList<string> QualificationCodes { get; init; } = [];
    public string? StudyField { get; init; }
    public IReadOnlyList<string> Disciplines { get; init; } = [];
    public required string Mode { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = ["pl"];
    public int? DurationHours { get; init; }
    public int? DurationSemesters { get; init; }
    public bool IsFree { get; init; }
    /// <summary>Price of the whole offer in PLN when it has no runs with their own prices.</summary>
    public decimal? PricePln { get; init; }
    public IReadOnlyList<string> Funding { get; init; } = [];
    public bool IsOnline { get; init; }
    public string? Certificate { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<RunDraft> Runs { get; init; } = [];
    public IReadOnlyList<LocationDraft> Locations { get; init; } = [];
}

public sealed record RunDraft(DateOnly? Start, DateOnly? End = null, DateOnly? EnrolmentDeadline = null, int? Places = null, decimal? PricePln = null);

public sealed record LocationDraft(string City, string PowiatCode)
{
    public string? Address { get; init; }
    public string? PostalCode { get; init; }
    public string? GminaCode { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
}
