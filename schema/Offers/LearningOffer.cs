namespace Catalogue.Offers;

/// <summary>
/// One learning offer of the region: a school's profession class, a university programme, a course.
/// Multi-valued codes (ISCED-F, professions, qualifications, languages, funding) are stored as JSON arrays
/// in their own columns; runs and locations are owned rows so that filters can match within one of them.
/// </summary>
public sealed class LearningOffer
{
    /// <summary>Stable public id, derived from provider id and the provider's external id (see <see cref="OfferId"/>).</summary>
    public required string Id { get; set; }
    public required string ProviderId { get; set; }
    /// <summary>The provider's own id for the offer: unique per provider, the key of feeds and the write API.</summary>
    public required string ExternalId { get; set; }
    public required Sector Sector { get; set; }
    /// <summary>Code from the <c>kinds</c> vocabulary (technikum, kkz, studia-i, szkolenie, …).</summary>
    public required string Kind { get; set; }
    public required string Title { get; set; }
    /// <summary>Sanitised HTML (paragraphs, lists, bold/italic, http(s) links) or plain text.</summary>
    public string? Description { get; set; }
    public List<string> LearningOutcomes { get; set; } = [];
    public string? AdmissionRequirements { get; set; }
    public string? TargetGroup { get; set; }
    /// <summary>Polska Rama Kwalifikacji level 1–8; PRK levels map 1:1 to EQF levels.</summary>
    public int? PrkLevel { get; set; }
    public List<string> IscedCodes { get; set; } = [];
    public List<string> ProfessionCodes { get; set; } = [];
    public List<string> QualificationCodes { get; set; } = [];
    /// <summary>Kierunek studiów, for higher education.</summary>
    public string? StudyField { get; set; }
    public List<string> Disciplines { get; set; } = [];
    public required string Mode { get; set; }
    public List<string> Languages { get; set; } = [];
    public int? DurationHours { get; set; }
    public int? DurationSemesters { get; set; }
    public bool IsFree { get; set; }
    /// <summary>The lowest price in PLN across runs (or the offer's own price when it has no runs); null when free or unknown.</summary>
    public decimal? PricePln { get; set; }
    public List<string> Funding { get; set; } = [];
    public bool IsOnline { get; set; }
    public string? Certificate { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? Url { get; set; }
    public OfferStatus Status { get; set; } = OfferStatus.Active;
    public required OfferSource Source { get; set; }
    /// <summary>True for the demo region loaded on first start; every API response says so.</summary>
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Incremented on every change; the search engines use it to refuse stale writes.</summary>
    public long Version { get; set; }
    /// <summary>Hash of the normalised content; an unchanged record is not written again.</summary>
    public required string ContentHash { get; set; }
    public List<OfferRun> Runs { get; set; } = [];
    public List<OfferLocation> Locations { get; set; } = [];
}

public enum Sector { Vocational, Higher, Adult }

public enum OfferStatus { Active, Withdrawn }

public enum OfferSource { Demo, Feed, Api }
