using System.Net;
using System.Text.RegularExpressions;
using Catalogue.Offers;
using Catalogue.Providers;
using Catalogue.Vocabularies;

namespace Catalogue.Search;

/// <summary>Turns a stored offer into the document both engines index. Pure: no I/O, same input, same document.</summary>
public sealed partial class OfferDocumentBuilder(CatalogueVocabularies vocabularies)
{
    public OfferDocument Build(LearningOffer offer, Provider? provider)
    {
        var isced = offer.IscedCodes.SelectMany(IscedAncestry).Distinct().ToList();
        return new OfferDocument
        {
            Id = offer.Id,
            ProviderId = offer.ProviderId,
            ProviderName = provider?.Name ?? offer.ProviderId,
            ProviderType = provider?.Type ?? "",
            Sector = offer.Sector.ToString().ToLowerInvariant(),
            Kind = offer.Kind,
            KindLabel = vocabularies.Kinds.Find(offer.Kind)?.Label ?? offer.Kind,
            Title = offer.Title,
            Text = string.Join("\n", new[] { PlainText(offer.Description) }.Concat(offer.LearningOutcomes).Append(offer.TargetGroup ?? "")),
            StudyField = offer.StudyField,
            ProfessionCodes = offer.ProfessionCodes,
            ProfessionNames = offer.ProfessionCodes.Select(c => vocabularies.Professions.Find(c)?.Label).OfType<string>().ToList(),
            QualificationCodes = offer.QualificationCodes,
            QualificationNames = offer.QualificationCodes.Select(c => vocabularies.Qualifications.Find(c)?.Label).OfType<string>().ToList(),
            IscedCodes = isced,
            IscedBroad = isced.Where(c => c.Length == 2).ToList(),
            PrkLevel = offer.PrkLevel,
            Mode = offer.Mode,
            Languages = offer.Languages,
            IsFree = offer.IsFree,
            PricePln = offer.IsFree ? 0 : (double?)offer.PricePln,
            Funding = offer.Funding,
            RunStarts = offer.Runs.Where(r => r.Start is not null).Select(r => r.Start!.Value).Distinct().Order().ToList(),
            Cities = offer.Locations.Select(l => l.City).Distinct().ToList(),
            Powiats = offer.Locations.Select(l => l.PowiatCode).Distinct().ToList(),
            Points = offer.Locations.Where(l => l.Latitude is not null && l.Longitude is not null)
                .Select(l => new GeoPoint(l.Latitude!.Value, l.Longitude!.Value)).ToList(),
            IsOnline = offer.IsOnline,
            Status = offer.Status.ToString().ToLowerInvariant(),
            UpdatedAt = offer.UpdatedAt,
            Version = offer.Version,
            Payload = OfferCard.From(offer, provider).Serialize(),
        };
    }

    private static IEnumerable<string> IscedAncestry(string code)
    {
        for (var length = 2; length <= code.Length; length++) yield return code[..length];
    }

    /// <summary>Sanitised HTML to words: tags become spaces, entities become characters.</summary>
    public static string PlainText(string? html) =>
        html is null ? "" : WebUtility.HtmlDecode(Tags().Replace(html, " ")).Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
