using Catalogue.Offers;
using Catalogue.Providers;
using Catalogue.Vocabularies;

namespace Catalogue.Api.Offers;

internal static class OfferMapping
{
    public static OfferResponse ToResponse(this LearningOffer offer, Provider? provider, CatalogueVocabularies vocabularies) => new(
        offer.Id,
        offer.ExternalId,
        new ProviderReference(offer.ProviderId, provider?.Name ?? offer.ProviderId, provider?.Type ?? "unknown"),
        Code(offer.Sector),
        offer.Kind,
        vocabularies.Kinds.Find(offer.Kind)?.Label ?? offer.Kind,
        offer.Title,
        offer.Description,
        offer.LearningOutcomes,
        offer.AdmissionRequirements,
        offer.TargetGroup,
        offer.PrkLevel,
        offer.PrkLevel,
        offer.IscedCodes,
        Labelled(offer.ProfessionCodes, vocabularies.Professions),
        Labelled(offer.QualificationCodes, vocabularies.Qualifications),
        offer.StudyField,
        offer.Disciplines,
        offer.Mode,
        offer.Languages,
        new OfferDuration(offer.DurationHours, offer.DurationSemesters),
        new OfferCost(offer.IsFree, offer.PricePln, offer.Funding),
        offer.Runs.OrderBy(r => r.Start).Select(r => new OfferRunResponse(r.Start, r.End, r.EnrolmentDeadline, r.Places, r.PricePln)).ToList(),
        offer.Locations.Select(l => new OfferLocationResponse(
            l.Address, l.PostalCode, l.City, l.GminaCode, l.PowiatCode,
            vocabularies.Powiats.Find(l.PowiatCode)?.Label ?? l.PowiatCode, l.Latitude, l.Longitude)).ToList(),
        offer.IsOnline,
        offer.Certificate,
        new OfferContact(offer.ContactEmail, offer.ContactPhone),
        offer.Url,
        Code(offer.Status),
        Code(offer.Source),
        offer.IsDemo,
        offer.CreatedAt,
        offer.UpdatedAt);

    /// <summary>The API's spelling of an enum value: the camel-case name, as in query parameters.</summary>
    public static string Code<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static List<CodeLabel> Labelled(IEnumerable<string> codes, Vocabulary vocabulary) =>
        codes.Select(code => new CodeLabel(code, vocabulary.Find(code)?.Label ?? code)).ToList();
}
