namespace Catalogue.Indexer.Feeds;

/// <summary>
/// One offer as a feed states it, before validation: the shape of the JSON feed format
/// (<c>schema/learning-offer-feed.v1.schema.json</c>), which the CSV and JSON-LD readers produce too.
/// <see cref="Row"/> is where it came from (1-based: the offer's position in a JSON feed, the line of a CSV file).
/// </summary>
public sealed record FeedOffer
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int Row { get; init; }
    public string? ExternalId { get; init; }
    public string? Sector { get; init; }
    public string? Kind { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string>? LearningOutcomes { get; init; }
    public string? AdmissionRequirements { get; init; }
    public string? TargetGroup { get; init; }
    public int? PrkLevel { get; init; }
    public IReadOnlyList<string>? IscedCodes { get; init; }
    public IReadOnlyList<string>? ProfessionCodes { get; init; }
    public IReadOnlyList<string>? QualificationCodes { get; init; }
    public string? StudyField { get; init; }
    public IReadOnlyList<string>? Disciplines { get; init; }
    public string? Mode { get; init; }
    public IReadOnlyList<string>? Languages { get; init; }
    public int? DurationHours { get; init; }
    public int? DurationSemesters { get; init; }
    public bool? IsFree { get; init; }
    public decimal? PricePln { get; init; }
    public IReadOnlyList<string>? Funding { get; init; }
    public bool? IsOnline { get; init; }
    public string? Certificate { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<FeedRun>? Runs { get; init; }
    public IReadOnlyList<FeedLocation>? Locations { get; init; }
}

public sealed record FeedRun(DateOnly? Start, DateOnly? End = null, DateOnly? EnrolmentDeadline = null, int? Places = null, decimal? PricePln = null);

public sealed record FeedLocation(string? City)
{
    public string? Address { get; init; }
    public string? PostalCode { get; init; }
    public string? GminaCode { get; init; }
    public string? PowiatCode { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
}

/// <summary>Why a record was rejected: where (row), which field, and what to fix — in words a school secretary can act on.</summary>
public sealed record RecordProblem(int Row, string Field, string Message);
