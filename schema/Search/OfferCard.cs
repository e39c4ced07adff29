using System.Text.Json;
using System.Text.Json.Serialization;
using Catalogue.Offers;
using Catalogue.Providers;

namespace Catalogue.Search;

/// <summary>
/// What one search result shows, kept by the index beside the search fields so that a page of results is answered
/// from the index alone. Purpose-built rather than the store's entity: the index's stored shape changes only when a
/// result changes, not with every column the store gains, and the provider's name and type travel with the offer.
/// Labels (kind, professions, powiats) are not kept: they come from the vocabularies when the card is shown.
/// Derived data like the rest of the index: built from the store and refreshed by the same drain.
/// </summary>
public sealed record OfferCard
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public required string Id { get; init; }
    public required string ExternalId { get; init; }
    public required string ProviderId { get; init; }
    /// <summary>Null when the provider was not in the store when the card was built.</summary>
    public string? ProviderName { get; init; }
    public string? ProviderType { get; init; }
    public required Sector Sector { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    /// <summary>Sanitised HTML.</summary>
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
    public IReadOnlyList<string> Languages { get; init; } = [];
    public int? DurationHours { get; init; }
    public int? DurationSemesters { get; init; }
    public bool IsFree { get; init; }
    public decimal? PricePln { get; init; }
    public IReadOnlyList<string> Funding { get; init; } = [];
    /// <summary>In start order.</summary>
    public IReadOnlyList<OfferCardRun> Runs { get; init; } = [];
    public IReadOnlyList<OfferCardLocation> Locations { get; init; } = [];
    public bool IsOnline { get; init; }
    public string? Certificate { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public string? Url { get; init; }
    public OfferStatus Status { get; init; }
    public OfferSource Source { get; init; }
    public bool IsDemo { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public static OfferCard From(LearningOffer offer, Provider? provider) => new()
    {
        Id = offer.Id,
        ExternalId = offer.ExternalId,
        ProviderId = offer.ProviderId,
        ProviderName = provider?.Name,
        ProviderType = provider?.Type,
        Sector = offer.Sector,
        Kind = offer.Kind,
        Title = offer.Title,
        Description = offer.Description,
        LearningOutcomes = offer.LearningOutcomes,
        AdmissionRequirements = offer.AdmissionRequirements,
        TargetGroup = offer.TargetGroup,
        PrkLevel = offer.PrkLevel,
        IscedCodes = offer.IscedCodes,
        ProfessionCodes = offer.ProfessionCodes,
        QualificationCodes = offer.QualificationCodes,
        StudyField = offer.StudyField,
        Disciplines = offer.Disciplines,
        Mode = offer.Mode,
        Languages = offer.Languages,
        DurationHours = offer.DurationHours,
        DurationSemesters = offer.DurationSemesters,
        IsFree = offer.IsFree,
        PricePln = offer.PricePln,
        Funding = offer.Funding,
        Runs = offer.Runs.OrderBy(r => r.Start).Select(r => new OfferCardRun(r.Start, r.End, r.EnrolmentDeadline, r.Places, r.PricePln)).ToList(),
        Locations = offer.Locations.Select(l => new OfferCardLocation(l.Address, l.PostalCode, l.City, l.GminaCode, l.PowiatCode, l.Latitude, l.Longitude)).ToList(),
        IsOnline = offer.IsOnline,
        Certificate = offer.Certificate,
        ContactEmail = offer.ContactEmail,
        ContactPhone = offer.ContactPhone,
        Url = offer.Url,
        Status = offer.Status,
        Source = offer.Source,
        IsDemo = offer.IsDemo,
        CreatedAt = offer.CreatedAt,
        UpdatedAt = offer.UpdatedAt,
    };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <summary>
    /// The card, or null for a payload of another shape (an index written before the card existed and not yet rebuilt,
    /// read by a process that does not rebuild): the caller then reads the offer from the store, as for an engine
    /// that keeps no card.
    /// </summary>
    public static OfferCard? Deserialize(string? payload) => payload is null ? null : Deserialize(System.Text.Encoding.UTF8.GetBytes(payload));

    public static OfferCard? Deserialize(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return JsonSerializer.Deserialize<OfferCard>(utf8, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public sealed record OfferCardRun(DateOnly? Start, DateOnly? End, DateOnly? EnrolmentDeadline, int? Places, decimal? PricePln);

public sealed record OfferCardLocation(
    string? Address, string? PostalCode, string City, string? GminaCode, string PowiatCode, double? Latitude, double? Longitude);
