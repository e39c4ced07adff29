using Catalogue.Offers;
using Catalogue.Providers;
using Catalogue.Vocabularies;

namespace Catalogue.Indexer.Demo;

/// <summary>
/// The demo region: about a hundred providers and seven hundred offers spread over all 24 powiats of województwo
/// łódzkie, so that a newcomer sees a catalogue that looks like the real one on first start.
/// </summary>
/// <remarks>
/// The same <c>seed</c> and <c>today</c> always give the same catalogue, so demo data can be reloaded without churn
/// and tests can compare it whole. Dates follow <c>today</c>: every offer has a run starting within twelve months.
/// Universities, labour offices and libraries are real institutions of the region; schools, firms and NGOs are
/// invented; every offer is invented and its description says so ("Oferta demonstracyjna – dane przykładowe.").
/// </remarks>
public sealed record DemoCatalogue(IReadOnlyList<ProviderDraft> Providers, IReadOnlyDictionary<string, IReadOnlyList<OfferDraft>> OffersByProvider)
{
    public static DemoCatalogue Generate(DateOnly today, CatalogueVocabularies vocabularies, int seed = 20261125)
    {
        ArgumentNullException.ThrowIfNull(vocabularies);
        var random = new Random(seed);
        var places = new DemoPlaces(vocabularies);
        var ctx = new DemoContext(random, new DemoCalendar(today, random), vocabularies, places);
        var catalogue = new List<(DemoProvider Provider, List<OfferDraft> Offers)>();

        foreach (var (name, city, theme) in DemoSchools.Schools)
        {
            // Non-public schools are the ones with a name in quotes („Kadry”); they, too, teach for free (subsidised).
            var school = DemoProvider.Create(name, "school", places[city], DemoRole.School, isPublic: !name.Contains('„', StringComparison.Ordinal), random);
            catalogue.Add((school, DemoVocationalOffers.ForSchool(school, theme, ctx)));
        }

        foreach (var (name, city, isPublic) in DemoSchools.Centres)
        {
            var centre = DemoProvider.Create(name, "vocational-centre", places[city], DemoRole.VocationalCentre, isPublic, random)
                with { Topics = DemoTexts.Sample(random, DemoTrainers.CentreTopics, 2), OfferCount = 2 };
            var offers = DemoCentreOffers.ForCentre(centre, ctx);
            // Centres also run ordinary courses for adults (UDT, welding, computing) outside the school system.
            offers.AddRange(DemoAdultOffers.ForProvider(centre, ctx));
            catalogue.Add((centre, offers));
        }

        foreach (var (slug, name, city, street, postal, website, isPublic, programmes) in DemoUniversities.Universities)
        {
            var university = University(slug, name, places[city], street, postal, website, isPublic, random);
            catalogue.Add((university, DemoHigherOffers.ForUniversity(university, programmes, ctx)));
        }

        foreach (var (slug, name, city, street, website, isPublic, programmes) in DemoUniversities.Branches)
        {
            var branch = University(slug, name, places[city], street, null, website, isPublic, random);
            catalogue.Add((branch, DemoHigherOffers.ForUniversity(branch, programmes, ctx)));
        }

        foreach (var (name, city, role, topics, count, branches) in DemoTrainers.Providers)
        {
            var trainer = DemoProvider.Create(name, DemoTrainers.ProviderType(role), places[city], role, role is DemoRole.Library or DemoRole.LabourOffice, random)
                with
                {
                    Topics = topics, OfferCount = count,
                    Branches = [.. branches.Select(b => DemoPlaces.Address(places[b], random))],
                };
            catalogue.Add((trainer, DemoAdultOffers.ForProvider(trainer, ctx)));
        }

        return new DemoCatalogue(
            [.. catalogue.Select(c => c.Provider.Draft)],
            catalogue.ToDictionary(c => c.Provider.Id, c => (IReadOnlyList<OfferDraft>)c.Offers, StringComparer.Ordinal));
    }

    /// <summary>A university keeps its real address, postal code and website; phone and e-mail stay demo-only.</summary>
    private static DemoProvider University(
        string slug, string name, DemoPlace place, string street, string? postal, string? website, bool isPublic, Random random)
    {
        var provider = DemoProvider.Create(name, "university", place, DemoRole.University, isPublic, random, slug);
        var home = provider.Home with { Address = street, PostalCode = postal ?? provider.Home.PostalCode };
        var draft = provider.Draft with
        {
            Address = street, PostalCode = home.PostalCode, Website = website ?? provider.Draft.Website,
        };
        return provider with { Draft = draft, Home = home };
    }
}
