using System.Text.Json;
using System.Text.RegularExpressions;
using Catalogue.Indexer.Demo;

namespace Catalogue.Tests.Demo;

/// <summary>
/// The demo region is the first thing a newcomer sees: it must be reproducible, cover the whole voivodeship and use
/// only codes the catalogue's own vocabularies know, or filters and facets would show holes.
/// </summary>
public sealed partial class DemoCatalogueTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly CatalogueVocabularies Vocabularies = new();
    private static readonly Lazy<DemoCatalogue> Demo = new(() => DemoCatalogue.Generate(Today, Vocabularies));

    private static IEnumerable<(string ProviderId, OfferDraft Offer)> Offers =>
        Demo.Value.OffersByProvider.SelectMany(p => p.Value.Select(o => (p.Key, o)));

    [Fact]
    public void Same_seed_and_date_give_the_same_catalogue()
    {
        var again = DemoCatalogue.Generate(Today, Vocabularies);
        Assert.Equal(JsonSerializer.Serialize(Demo.Value), JsonSerializer.Serialize(again));
    }

    [Fact]
    public void Another_seed_gives_a_different_catalogue()
    {
        var other = DemoCatalogue.Generate(Today, Vocabularies, seed: 7);
        Assert.NotEqual(JsonSerializer.Serialize(Demo.Value), JsonSerializer.Serialize(other));
    }

    [Fact]
    public void The_region_has_enough_providers_and_offers_in_all_three_sectors()
    {
        Assert.True(Demo.Value.Providers.Count >= 90, $"{Demo.Value.Providers.Count} providers");
        Assert.True(Offers.Count() >= 650, $"{Offers.Count()} offers");
        Assert.Equal(Enum.GetValues<Sector>().ToHashSet(), Offers.Select(x => x.Offer.Sector).ToHashSet());
        Assert.Equal(Demo.Value.Providers.Select(p => p.Id).Order(), Demo.Value.OffersByProvider.Keys.Order());
        Assert.All(Demo.Value.OffersByProvider, p => Assert.NotEmpty(p.Value));
    }

    [Fact]
    public void Every_powiat_has_offers_and_Lodz_has_the_most()
    {
        var perPowiat = Offers.SelectMany(x => x.Offer.Locations.Select(l => l.PowiatCode).Distinct())
            .GroupBy(code => code).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Vocabularies.Powiats.Terms.Select(t => t.Code).ToHashSet(), perPowiat.Keys.ToHashSet());
        Assert.Equal("1061", perPowiat.MaxBy(p => p.Value).Key);
    }

    [Fact]
    public void Providers_have_unique_slug_ids_known_types_and_places()
    {
        Assert.Equal(Demo.Value.Providers.Count, Demo.Value.Providers.Select(p => p.Id).Distinct().Count());
        Assert.All(Demo.Value.Providers, p =>
        {
            Assert.Matches(ProviderId(), p.Id);
            Assert.True(p.Id.Length <= 64, p.Id);
            Assert.True(Vocabularies.ProviderTypes.Contains(p.Type), p.Type);
            Assert.True(Vocabularies.Powiats.Contains(p.PowiatCode!), p.Id);
            Assert.NotNull(p.Latitude);
            Assert.NotNull(p.Longitude);
            Assert.EndsWith(".example", p.Email, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_code_an_offer_uses_is_in_its_vocabulary_and_each_kind_belongs_to_its_sector()
    {
        Assert.All(Offers, x =>
        {
            var (id, offer) = x;
            var kind = Vocabularies.Kinds.Find(offer.Kind);
            Assert.True(kind is not null, $"{id}: kind {offer.Kind}");
            Assert.Equal(offer.Sector.ToString().ToLowerInvariant(), kind!.Broader);
            Assert.True(Vocabularies.Modes.Contains(offer.Mode), $"{id}: mode {offer.Mode}");
            AssertAllIn(Vocabularies.Funding, offer.Funding, id);
            AssertAllIn(Vocabularies.Professions, offer.ProfessionCodes, id);
            AssertAllIn(Vocabularies.Qualifications, offer.QualificationCodes, id);
            AssertAllIn(Vocabularies.Isced, offer.IscedCodes, id);
            AssertAllIn(Vocabularies.Languages, offer.Languages, id);
            Assert.NotEmpty(offer.IscedCodes);
            Assert.All(offer.IscedCodes, code => Assert.Equal(4, code.Length));
            if (offer.PrkLevel is { } level) Assert.True(Vocabularies.PrkLevels.Contains(level.ToString()), $"{id}: PRK {level}");
        });
    }

    [Fact]
    public void Every_location_is_a_real_town_of_its_powiat_with_coordinates()
    {
        Assert.All(Offers.SelectMany(x => x.Offer.Locations), location =>
        {
            Assert.True(Vocabularies.Powiats.Contains(location.PowiatCode), location.PowiatCode);
            var gmina = Vocabularies.Gminy.Find(location.GminaCode!);
            Assert.True(gmina is not null, $"{location.City}: gmina {location.GminaCode}");
            Assert.Equal(location.PowiatCode, gmina!.Broader);
            var town = Vocabularies.FindTown(location.City);
            Assert.True(town?.Code == location.GminaCode || gmina.Label == location.City, location.City);
            Assert.NotNull(location.Latitude);
            Assert.NotNull(location.Longitude);
            var (lat, lon) = town is null ? (location.Latitude!.Value, location.Longitude!.Value) : (town.Latitude!.Value, town.Longitude!.Value);
            Assert.InRange(location.Latitude!.Value, lat - 0.021, lat + 0.021);
            Assert.InRange(location.Longitude!.Value, lon - 0.021, lon + 0.021);
        });
    }

    [Theory]
    [InlineData("2026-11-25")]
    [InlineData("2027-02-27")]
    [InlineData("2027-08-31")]
    [InlineData("2027-09-30")]
    public void Every_offer_has_a_run_starting_within_twelve_months_with_consistent_dates(string date)
    {
        var today = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var demo = DemoCatalogue.Generate(today, Vocabularies);
        Assert.All(demo.OffersByProvider.SelectMany(p => p.Value.Select(o => (p.Key, o))), x =>
        {
            var (id, offer) = x;
            Assert.Contains(offer.Runs, r => r.Start >= today && r.Start <= today.AddMonths(12));
            Assert.All(offer.Runs, r =>
            {
                Assert.True(r.End > r.Start || (r.End == r.Start && offer.DurationHours <= 8), $"{id} {offer.ExternalId}: end {r.End} start {r.Start}");
                Assert.True(r.EnrolmentDeadline < r.Start, $"{id} {offer.ExternalId}: deadline {r.EnrolmentDeadline} start {r.Start}");
            });
        });
    }

    [Fact]
    public void Only_online_offers_may_lack_a_location()
    {
        Assert.All(Offers.Where(x => x.Offer.Locations.Count == 0), x => Assert.Equal("online", x.Offer.Mode));
        Assert.All(Offers.Where(x => x.Offer.Mode == "online"), x => Assert.True(x.Offer.IsOnline));
    }

    [Fact]
    public void External_ids_are_unique_per_provider()
    {
        Assert.All(Demo.Value.OffersByProvider, p =>
            Assert.Equal(p.Value.Count, p.Value.Select(o => o.ExternalId).Distinct(StringComparer.Ordinal).Count()));
    }

    [Fact]
    public void Some_offers_are_free_and_the_others_carry_a_price()
    {
        var offers = Offers.Select(x => x.Offer).ToList();
        Assert.Contains(offers, o => o.IsFree);
        Assert.Contains(offers, o => !o.IsFree);
        Assert.All(offers.Where(o => !o.IsFree), o => Assert.Contains(o.Runs, r => r.PricePln is >= 200));
        Assert.All(offers.Where(o => o.IsFree), o => Assert.All(o.Runs, r => Assert.Null(r.PricePln)));
    }

    [Fact]
    public void Every_description_says_the_offer_is_a_demonstration()
    {
        Assert.All(Offers, x => Assert.EndsWith("Oferta demonstracyjna – dane przykładowe.", x.Offer.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void Welding_is_taught_in_Lodz_and_elsewhere()
    {
        var welding = Offers.Select(x => x.Offer).Where(o => Welding().IsMatch(o.Title)).ToList();
        Assert.True(welding.Count(o => o.Locations.Any(l => l.PowiatCode == "1061")) >= 3);
        Assert.Contains(welding, o => o.Locations.Any(l => l.PowiatCode != "1061"));
    }

    [Fact]
    public void Typical_searches_of_the_region_find_something()
    {
        var texts = Offers.Select(x => x.Offer.Title + " " + x.Offer.Description).ToList();
        foreach (var word in new[] { "zależność", "księgowości", "Python", "fryzjer", "angielski", "wózków jezdniowych", "C+E", "Opiekun osoby starszej" })
            Assert.Contains(texts, t => t.Contains(word, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(Offers, x => x.Offer.Languages.Contains("uk"));
        Assert.Contains(Offers, x => x.Offer.ProfessionCodes.Contains("351203") && x.Offer.Kind == "technikum");
    }

    private static void AssertAllIn(Vocabulary vocabulary, IEnumerable<string> codes, string providerId) =>
        Assert.All(codes, code => Assert.True(vocabulary.Contains(code), $"{providerId}: {vocabulary.Name} {code}"));

    [GeneratedRegex("^demo-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ProviderId();

    [GeneratedRegex("spawa|spawalnictw", RegexOptions.IgnoreCase)]
    private static partial Regex Welding();
}
