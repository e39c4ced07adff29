namespace Catalogue.Tests.Search;

/// <summary>
/// Offers written for the conformance assertions, with words the demo region does not use, so that an assertion about
/// ranking or highlighting compares exactly the offers it names.
/// </summary>
internal static class ConformanceOffers
{
    public const string WithdrawnId = "kowalstwo";

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
