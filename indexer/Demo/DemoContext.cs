using System.Globalization;
using Catalogue.Offers;
using Catalogue.Vocabularies;

namespace Catalogue.Indexer.Demo;

/// <summary>
/// What every demo generator shares: the one seeded <see cref="Random"/> (generators draw from it in a fixed order, which
/// is what makes the demo reproducible), the calendar and the vocabularies.
/// </summary>
internal sealed record DemoContext(Random Random, DemoCalendar Calendar, CatalogueVocabularies Vocabularies, DemoPlaces Places)
{
    /// <summary>Contact, link and external id: the parts of an offer that come from its provider.</summary>
    public static OfferDraft Stamp(OfferDraft draft, DemoProvider provider, DemoExternalIds ids, string tag)
    {
        var year = draft.Runs.Count > 0 && draft.Runs[0].Start is { } start ? start.Year : 0;
        var externalId = ids.Next(year, tag);
        return draft with
        {
            ExternalId = externalId,
            ContactEmail = provider.Draft.Email,
            ContactPhone = provider.Draft.Phone,
            Url = provider.OfferUrl(externalId),
        };
    }
}

/// <summary>
/// External ids in the style providers use ("2027-INF-01"): year of the first run, a short tag and a counter, unique
/// within one provider, which is all the catalogue requires of them.
/// </summary>
internal sealed class DemoExternalIds
{
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

    public string Next(int year, string tag)
    {
        var prefix = $"{year.ToString(CultureInfo.InvariantCulture)}-{tag}";
        var n = _counters.GetValueOrDefault(prefix) + 1;
        _counters[prefix] = n;
        return $"{prefix}-{n:00}";
    }
}
