using Catalogue.Providers;

namespace Catalogue.Api.Offers;

internal static class OfferMapping
{
    /// <summary>An offer of the store as the API shows it: through its card, so that a result and a resource read alike.</summary>
    public static OfferResponse ToResponse(this LearningOffer offer, Provider? provider, CatalogueVocabularies vocabularies) =>
        OfferCard.From(offer, provider).ToResponse(vocabularies);

    /// <summary>The one mapping of an offer to the API's shape, labels taken from the vocabularies.</summary>
    public static OfferResponse ToResponse(this OfferCard card, CatalogueVocabularies vocabularies) => new(
        card.Id,
        card.ExternalId,
        new ProviderReference(card.ProviderId, card.ProviderName ?? card.ProviderId, card.ProviderType ?? "unknown"),
        Code(card.Sector),
        card.Kind,
        vocabularies.Kinds.Find(card.Kind)?.Label ?? card.Kind,
        card.Title,
        card.Description,
        card.LearningOutcomes,
        card.AdmissionRequirements,
        card.TargetGroup,
        card.PrkLevel,
        card.PrkLevel,
        card.IscedCodes,
        Labelled(card.ProfessionCodes, vocabularies.Professions),
        Labelled(card.QualificationCodes, vocabularies.Qualifications),
        card.StudyField,
        card.Disciplines,
        card.Mode,
        card.Languages,
        new OfferDuration(card.DurationHours, card.DurationSemesters),
        new OfferCost(card.IsFree, card.PricePln, card.Funding),
        card.Runs.Select(r => new OfferRunResponse(r.Start, r.End, r.EnrolmentDeadline, r.Places, r.PricePln)).ToList(),
        card.Locations.Select(l => new OfferLocationResponse(
            l.Address, l.PostalCode, l.City, l.GminaCode, l.PowiatCode,
            vocabularies.Powiats.Find(l.PowiatCode)?.Label ?? l.PowiatCode, l.Latitude, l.Longitude)).ToList(),
        card.IsOnline,
        card.Certificate,
        new OfferContact(card.ContactEmail, card.ContactPhone),
        card.Url,
        Code(card.Status),
        Code(card.Source),
        card.IsDemo,
        card.CreatedAt,
        card.UpdatedAt);

    /// <summary>The API's spelling of an enum value: the camel-case name, as in query parameters.</summary>
    public static string Code<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static List<CodeLabel> Labelled(IEnumerable<string> codes, Vocabulary vocabulary) =>
        codes.Select(code => new CodeLabel(code, vocabulary.Find(code)?.Label ?? code)).ToList();
}
