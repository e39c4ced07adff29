using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Catalogue.Offers;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// One offer as a feed states it, before validation: the shape of the JSON feed format
/// (<c>schema/learning-offer-feed.v1.schema.json</c>), which the CSV and JSON-LD readers produce too.
/// <see cref="Row"/> is where it came from (1-based: the offer's position in a JSON feed, the line of a CSV file).
/// </summary>
public sealed record FeedOffer
{
    [JsonIgnore]
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

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>
    /// A stored offer stated again in the feed format: only what the provider owns, empty lists left out, and the
    /// stored lowest price as the offer's price, so that normalising it gives the same stored offer again (the
    /// document a JSON Merge Patch applies to).
    /// </summary>
    public static FeedOffer From(LearningOffer offer) => new()
    {
        ExternalId = offer.ExternalId,
        Sector = offer.Sector.ToString().ToLowerInvariant(),
        Kind = offer.Kind,
        Title = offer.Title,
        Description = offer.Description,
        LearningOutcomes = Listed(offer.LearningOutcomes),
        AdmissionRequirements = offer.AdmissionRequirements,
        TargetGroup = offer.TargetGroup,
        PrkLevel = offer.PrkLevel,
        IscedCodes = Listed(offer.IscedCodes),
        ProfessionCodes = Listed(offer.ProfessionCodes),
        QualificationCodes = Listed(offer.QualificationCodes),
        StudyField = offer.StudyField,
        Disciplines = Listed(offer.Disciplines),
        Mode = offer.Mode,
        Languages = Listed(offer.Languages),
        DurationHours = offer.DurationHours,
        DurationSemesters = offer.DurationSemesters,
        IsFree = offer.IsFree,
        PricePln = offer.IsFree ? null : offer.PricePln,
        Funding = Listed(offer.Funding),
        IsOnline = offer.IsOnline,
        Certificate = offer.Certificate,
        ContactEmail = offer.ContactEmail,
        ContactPhone = offer.ContactPhone,
        Url = offer.Url,
        Runs = offer.Runs.Count == 0 ? null : offer.Runs.Select(r => new FeedRun(r.Start, r.End, r.EnrolmentDeadline, r.Places, r.PricePln)).ToList(),
        Locations = offer.Locations.Count == 0 ? null : offer.Locations.Select(l => new FeedLocation(l.City)
        {
            Address = l.Address, PostalCode = l.PostalCode, GminaCode = l.GminaCode, PowiatCode = l.PowiatCode, Latitude = l.Latitude, Longitude = l.Longitude,
        }).ToList(),
    };

    /// <summary>The offer as a JSON object of the feed format; members without a value are left out, as the schema wants.</summary>
    public JsonObject ToJson() => JsonSerializer.SerializeToNode(this, Json)!.AsObject();

    private static List<string>? Listed(List<string> values) => values.Count == 0 ? null : [.. values];
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

/// <summary>
/// Why a record was rejected: where (row), which field, and what to fix — in words a school secretary can act on.
/// The field is made safe to show (<see cref="ReportField"/>), whichever reader or validator named it.
/// </summary>
public sealed record RecordProblem(int Row, string Field, string Message)
{
    private readonly string _field = ReportField.Safe(Field);

    public string Field { get => _field; init => _field = ReportField.Safe(value); }
}
