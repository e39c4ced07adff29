using System.Globalization;
using Catalogue.Offers;
using Catalogue.Vocabularies;

namespace Catalogue.Indexer.Demo;

/// <summary>A town of the region as the demo needs it: vocabulary codes and coordinates plus the Polish locative ("w Łodzi").</summary>
internal sealed record DemoPlace(
    string City, string Locative, string PowiatCode, string GminaCode, double Latitude, double Longitude, string? PostalCode, string PhoneArea)
{
    public bool IsLodz => PowiatCode == "1061";
}

/// <summary>
/// The towns demo providers sit in. Codes and coordinates come from the towns vocabulary so that every location the
/// demo writes is one the catalogue itself knows; this table adds only what the vocabulary does not hold.
/// </summary>
internal sealed class DemoPlaces
{
    // Town, locative, the town's main postal code (null for Łódź, which gets a code per address) and trunk code.
    // Bolimów (added in the constructor) is the one town whose postal code we could not confirm: its addresses go without one.
    private static readonly (string City, string Locative, string? Postal, string Phone)[] Towns =
    [
        ("Łódź", "Łodzi", null, "42"), ("Piotrków Trybunalski", "Piotrkowie Trybunalskim", "97-300", "44"),
        ("Skierniewice", "Skierniewicach", "96-100", "46"), ("Pabianice", "Pabianicach", "95-200", "42"),
        ("Tomaszów Mazowiecki", "Tomaszowie Mazowieckim", "97-200", "44"), ("Bełchatów", "Bełchatowie", "97-400", "44"),
        ("Zgierz", "Zgierzu", "95-100", "42"), ("Radomsko", "Radomsku", "97-500", "44"), ("Kutno", "Kutnie", "99-300", "24"),
        ("Sieradz", "Sieradzu", "98-200", "43"), ("Zduńska Wola", "Zduńskiej Woli", "98-220", "43"),
        ("Łowicz", "Łowiczu", "99-400", "46"), ("Wieluń", "Wieluniu", "98-300", "43"), ("Opoczno", "Opocznie", "26-300", "44"),
        ("Łęczyca", "Łęczycy", "99-100", "24"), ("Łask", "Łasku", "98-100", "43"), ("Wieruszów", "Wieruszowie", "98-400", "62"),
        ("Pajęczno", "Pajęcznie", "98-330", "34"), ("Poddębice", "Poddębicach", "99-200", "43"),
        ("Rawa Mazowiecka", "Rawie Mazowieckiej", "96-200", "46"), ("Brzeziny", "Brzezinach", "95-060", "46"),
        ("Koluszki", "Koluszkach", "95-040", "44"), ("Ozorków", "Ozorkowie", "95-035", "42"),
        ("Aleksandrów Łódzki", "Aleksandrowie Łódzkim", "95-070", "42"), ("Konstantynów Łódzki", "Konstantynowie Łódzkim", "95-050", "42"),
        ("Głowno", "Głownie", "95-015", "42"), ("Stryków", "Strykowie", "95-010", "42"), ("Tuszyn", "Tuszynie", "95-080", "42"),
        ("Rzgów", "Rzgowie", "95-030", "42"), ("Zelów", "Zelowie", "97-425", "44"), ("Sulejów", "Sulejowie", "97-330", "44"),
        ("Uniejów", "Uniejowie", "99-210", "63"), ("Działoszyn", "Działoszynie", "98-355", "43"), ("Kamieńsk", "Kamieńsku", "97-360", "44"),
        ("Wolbórz", "Wolborzu", "97-320", "44"), ("Żychlin", "Żychlinie", "99-320", "24"), ("Krośniewice", "Krośniewicach", "99-340", "24"),
        ("Przedbórz", "Przedborzu", "97-570", "44"), ("Drzewica", "Drzewicy", "26-340", "48"), ("Biała Rawska", "Białej Rawskiej", "96-230", "46"),
        ("Błaszki", "Błaszkach", "98-235", "43"), ("Szadek", "Szadku", "98-240", "43"), ("Warta", "Warcie", "98-290", "43"),
        ("Złoczew", "Złoczewie", "98-270", "43"), ("Piątek", "Piątku", "99-120", "24"),
    ];

    private static readonly string[] LodzStreets =
    [
        "ul. Piotrkowska", "al. Kościuszki", "ul. Narutowicza", "ul. Zachodnia", "ul. Kilińskiego", "ul. Pomorska", "ul. Wólczańska",
        "al. Politechniki", "ul. Rzgowska", "ul. Zgierska", "al. Piłsudskiego", "ul. Limanowskiego", "ul. Łąkowa", "ul. Tymienieckiego",
        "ul. Kopcińskiego", "ul. Lutomierska", "ul. Próchnika", "ul. Jaracza", "ul. Drewnowska", "ul. Wróblewskiego", "al. Włókniarzy",
    ];

    private static readonly string[] TownStreets =
    [
        "ul. Kościuszki", "ul. Mickiewicza", "ul. Sienkiewicza", "ul. Słowackiego", "ul. Piłsudskiego", "ul. 3 Maja", "ul. Szkolna",
        "ul. Kilińskiego", "ul. Ogrodowa", "ul. Warszawska", "ul. Łódzka", "ul. Polna", "ul. Żeromskiego", "ul. Kolejowa", "ul. Parkowa",
        "ul. Reymonta", "ul. Konopnickiej", "ul. Narutowicza",
    ];

    private readonly Dictionary<string, DemoPlace> _byCity = [];

    public DemoPlaces(CatalogueVocabularies vocabularies)
    {
        foreach (var (city, locative, postal, phone) in Towns)
        {
            var town = vocabularies.FindTown(city) ?? throw new InvalidOperationException($"Town {city} is missing from the towns vocabulary.");
            _byCity[city] = new DemoPlace(town.Label, locative, town.Broader!, town.Code, town.Latitude!.Value, town.Longitude!.Value, postal, phone);
        }

        // miasta.csv has no town in powiat skierniewicki (its seat is the city of Skierniewice, a powiat of its own), so the
        // one place there comes from the TERC list; Bolimów is a town again since 2024. Coordinates: the town centre, ±1 km.
        var bolimow = vocabularies.Gminy.Find("1015014") ?? throw new InvalidOperationException("Gmina 1015014 (Bolimów) is missing.");
        _byCity[bolimow.Label] = new DemoPlace(bolimow.Label, "Bolimowie", bolimow.Broader!, bolimow.Code, 52.0767, 20.1631, null, "46");
    }

    public DemoPlace this[string city] => _byCity.TryGetValue(city, out var place)
        ? place
        : throw new KeyNotFoundException($"Demo town {city} is not in the demo place table.");

    /// <summary>A plausible street address in the town, with a postal code of the right range and coordinates near its centre.</summary>
    public static LocationDraft Address(DemoPlace place, Random random)
    {
        var streets = place.IsLodz ? LodzStreets : TownStreets;
        var number = random.Next(1, place.IsLodz ? 240 : 90).ToString(CultureInfo.InvariantCulture);
        if (random.Next(8) == 0) number += "a";
        // Łódź spans 90-001 to 94-xxx; other towns keep their main code, as small towns have only one.
        var postal = place.IsLodz ? $"9{random.Next(0, 5)}-{random.Next(1, 999):000}" : place.PostalCode;
        // The jitter stays within ~1.5 km of the centre (≤ 0.02°): Łódź gets the widest spread because it is the largest.
        var spread = place.IsLodz ? 0.02 : 0.008;
        return new LocationDraft(place.City, place.PowiatCode)
        {
            Address = $"{streets[random.Next(streets.Length)]} {number}",
            PostalCode = postal,
            GminaCode = place.GminaCode,
            Latitude = Math.Round(place.Latitude + ((random.NextDouble() * 2) - 1) * spread, 5),
            Longitude = Math.Round(place.Longitude + ((random.NextDouble() * 2) - 1) * spread, 5),
        };
    }

    /// <summary>
    /// A well-formed Polish number that should ring nobody: a subscriber part starting with "000" is not in use, so the
    /// demo can show real trunk codes without pointing at someone's line.
    /// </summary>
    public static string Phone(DemoPlace place, Random random) =>
        $"+48 {place.PhoneArea} 000 {random.Next(10, 100)} {random.Next(10, 100)}";
}
