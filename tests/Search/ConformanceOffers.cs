namespace Catalogue.Tests.Search;

/// <summary>
/// Offers written for the conformance assertions, with words the demo region does not use, so that an assertion about
/// ranking or highlighting compares exactly the offers it names.
/// </summary>
internal static class ConformanceOffers
{
    public const string WithdrawnId = "kowalstwo";

    /// <summary>A second provider whose name holds a town its offer is not in: naming the town must not pull it up.</summary>
    public const string TownNamedProviderId = "conformance-sieradz", TownNamedProviderName = "Centrum Szkoleń Sieradz";

    private static readonly LocationDraft Lodz = new("Łódź", "1061") { Latitude = 51.7644, Longitude = 19.4631, GminaCode = "1061011" };
    private static readonly LocationDraft Sieradz = new("Sieradz", "1014") { Latitude = 51.5961, Longitude = 18.7322, GminaCode = "1014011" };

    public static List<OfferDraft> Drafts(DateOnly today) =>
    [
        Offer("tapicer-exact", "Kurs tapicer meblowy", "Praktyczne zajęcia w pracowni.", today.AddDays(40)),
        Offer("tapicer-typo", "Kurs tapiter meblowy", "Praktyczne zajęcia w pracowni.", today.AddDays(40)),
        Offer("bednarz-title", "Bednarz – warsztaty", "Zajęcia z dawnych rzemiosł drewnianych.", today.AddDays(50)),
        Offer("bednarz-text", "Warsztaty rzemiosł drewnianych", "Poznasz pracę, jaką wykonuje bednarz, oraz narzędzia dawnych mistrzów.", today.AddDays(50)),
        Offer("renowacja-phrase", "Renowacja mebli – kurs weekendowy", "Zajęcia praktyczne.", today.AddDays(60)),
        Offer("renowacja-scattered", "Meble dawne renowacja", "Zajęcia praktyczne.", today.AddDays(60)),
        Offer("introligator-upcoming", "Introligatorstwo – oprawa książek", "Oprawa ręczna.", today.AddDays(30)),
        Offer("introligator-past", "Introligatorstwo – oprawa książek", "Oprawa ręczna.", today.AddDays(-60)),
        Offer("html", "Cięcie & gięcie <blach> – kurs", "Cięcie i gięcie blach na prasie krawędziowej.", today.AddDays(20)),
        Offer("zaleznosc", "Wsparcie bliskich osób uzależnionych", "Pomożemy rozpoznać, czym jest współuzależnienie i zależność emocjonalna.", today.AddDays(25)),
        Offer(WithdrawnId, "Kurs kowalstwa artystycznego", "Kucie ozdób w kuźni.", today.AddDays(35)),
        Offer("kaligrafia-online", "Kaligrafia online", "Pisanie ozdobne piórem, zajęcia zdalne.", today.AddDays(15)) with
        {
            Mode = "online", IsOnline = true, Locations = [],
        },
        Offer("kaligrafia-sieradz", "Kaligrafia w Sieradzu", "Pisanie ozdobne piórem, zajęcia w pracowni.", today.AddDays(15)) with
        {
            Locations = [Sieradz],
        },
        // Query reading: invented words, so each assertion compares exactly the offers it names.
        Offer("zyrgolit", "Zyrgolit – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)),
        Offer("wombelek-frastulny", "Wombelek frastulny – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)),
        Offer("wombelek", "Wombelek – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)),
        Offer("kwintal-3", "Kwintal brozny melik – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)),
        Offer("kwintal-2", "Kwintal brozny – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)),
        Offer("kwintal-1", "Kwintal – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)),
        Offer("gesliczka-sieradz", "Gęśliczka – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)) with { Locations = [Sieradz] },
        Offer("gesliczka-lodz", "Gęśliczka – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)),
        Offer("gesliczka-online", "Gęśliczka – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)) with { Mode = "online", IsOnline = true, Locations = [] },
        Offer("pluszkowanie-stacjonarne", "Pluszkowanie – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)),
        Offer("pluszkowanie-online", "Pluszkowanie – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)) with { Mode = "online", IsOnline = true, Locations = [] },
        Offer("brzdakanie-platne", "Brzdąkanie – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)),
        Offer("brzdakanie-darmowe", "Brzdąkanie – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)) with { IsFree = true, PricePln = null, Runs = [new RunDraft(today.AddDays(20), today.AddDays(50), today.AddDays(13), 12, null)] },
        Offer("frymusnictwo-warsztaty", "Frymuśnictwo dla początkujących", "Praktyczne zajęcia.", today.AddDays(20)) with { Kind = "warsztaty" },
        Offer("frymusnictwo-kurs", "Frymuśnictwo dla początkujących", "Praktyczne zajęcia, jak na warsztatach: warsztaty i pracownia.", today.AddDays(20)),
        Offer("grzmotka", "Grzmotka – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)),
        Offer("grzmotkarstwo", "Grzmotkarstwo – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)),
    ];

    /// <summary>The offers of <see cref="TownNamedProviderId"/>: in Łódź, though the provider's name says Sieradz.</summary>
    public static List<OfferDraft> TownNamedProviderDrafts(DateOnly today) =>
    [
        Offer("gesliczka-provider", "Gęśliczka – zajęcia", "Praktyczne zajęcia.", today.AddDays(20)),
    ];

    private static OfferDraft Offer(string externalId, string title, string description, DateOnly start) => new()
    {
        ExternalId = externalId,
        Sector = Sector.Adult,
        Kind = "kurs",
        Title = title,
        Description = description,
        Mode = "stacjonarne",
        IsFree = false,
        PricePln = 900,
        Runs = [new RunDraft(start, start.AddDays(30), start.AddDays(-7), 12, 900)],
        Locations = [Lodz],
    };
}
