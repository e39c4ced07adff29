using Catalogue.Api.Offers;
using Catalogue.Api.Providers;

namespace Catalogue.Api.OpenApi;

/// <summary>The examples shown in the OpenAPI document: one technikum class in Łódź, fixed so that the document is stable.</summary>
internal static class OpenApiExamples
{
    private static readonly DateTimeOffset Updated = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    public static readonly OfferResponse Offer = new(
        "of-8f3k2m9q4v7x1b6d", "2026-TI-1",
        new ProviderReference("demo-zs-elektronicznych-lodz", "Zespół Szkół Elektronicznych w Łodzi", "school"),
        "vocational", "technikum", "Technikum", "Technik informatyk – klasa patronacka",
        "<p>Pięcioletnie technikum w zawodzie technik informatyk.</p>",
        ["Administruje systemami komputerowymi i sieciami lokalnymi", "Tworzy strony i aplikacje internetowe oraz bazy danych"],
        "Świadectwo ukończenia szkoły podstawowej; rekrutacja przez system naboru elektronicznego.",
        "Absolwenci szkoły podstawowej", 4, 4, ["0612"],
        [new CodeLabel("351203", "technik informatyk")],
        [new CodeLabel("INF.02", "Administracja i eksploatacja systemów komputerowych, urządzeń peryferyjnych i lokalnych sieci komputerowych"),
         new CodeLabel("INF.03", "Tworzenie i administrowanie stronami i aplikacjami internetowymi oraz bazami danych")],
        null, [], "stacjonarne", ["pl"], new OfferDuration(null, 10), new OfferCost(true, null, []),
        [new OfferRunResponse(new DateOnly(2027, 9, 1), new DateOnly(2032, 4, 30), new DateOnly(2027, 5, 19), 32, null)],
        [new OfferLocationResponse("ul. Piotrkowska 120", "90-006", "Łódź", "1061011", "1061", "Łódź", 51.7592, 19.4560)],
        false, "Dyplom zawodowy technik informatyk", new OfferContact("rekrutacja@zse.example", "+48 42 000 00 00"),
        "https://zse.example/technik-informatyk", "active", "demo", true, Updated, Updated);

    public static readonly ProviderResponse Provider = new(
        "demo-zs-elektronicznych-lodz", "Zespół Szkół Elektronicznych w Łodzi", "school", "Szkoła",
        new ProviderIdentifiers(null, null, null),
        new ProviderAddress("ul. Piotrkowska 120", "90-006", "Łódź", "1061", "Łódź", 51.7592, 19.4560),
        "https://zse.example", "sekretariat@zse.example", "+48 42 000 00 00", 6, true, Updated);

    public static readonly OfferSummary Summary = new("of-8f3k2m9q4v7x1b6d", "Technik informatyk – klasa patronacka", "vocational", "technikum", "stacjonarne", new DateOnly(2027, 9, 1));

    public static readonly VocabularyTerm Powiat = new("1061", "Łódź") { Seat = "Łódź", Latitude = 51.7644, Longitude = 19.4631, Kind = "miasto na prawach powiatu" };
}
