namespace Catalogue.Search;

/// <summary>
/// The words people use for a delivery mode, a free offer or a kind of offer, each with the filter values it stands
/// for. Forms are listed as typed (folded when loaded), longest phrase wins; inflected forms are spelled out rather
/// than stemmed because stems collide here ("technikach" is also "technik", a profession word). People say "kurs" and
/// "szkolenie" for the same thing, so each stands for every short adult or vocational course kind.
/// </summary>
internal static class QueryLexicon
{
    public sealed record Entry(string Type, string[] Values, string[] Forms);

    public static readonly IReadOnlyList<Entry> Entries =
    [
        new(UnderstoodTypes.Mode, ["online"], ["online", "on-line", "zdalnie", "zdalne", "zdalny", "zdalna", "zdalnych", "zdalnym", "e-learning", "elearning", "przez internet", "w internecie", "remote"]),
        new(UnderstoodTypes.Mode, ["niestacjonarne"], ["zaocznie", "zaoczne", "zaoczny", "zaoczna", "zaocznych", "zaocznym", "niestacjonarne", "niestacjonarny", "niestacjonarna", "niestacjonarnych", "niestacjonarnie",
            "weekendowo", "weekendowe", "weekendowy", "weekendowa", "weekendowych", "w weekendy", "weekendy", "w weekend", "weekend", "wieczorowe", "wieczorowo", "part-time"]),
        new(UnderstoodTypes.Mode, ["stacjonarne"], ["stacjonarnie", "stacjonarne", "stacjonarny", "stacjonarna", "stacjonarnych", "dzienne", "dzienny", "dzienna", "dziennie", "dziennych", "full-time"]),
        new(UnderstoodTypes.Mode, ["hybrydowe"], ["hybrydowo", "hybrydowe", "hybrydowy", "hybrydowa", "hybrydowych", "blended"]),
        new(UnderstoodTypes.Free, ["true"], ["darmowy", "darmowe", "darmowa", "darmowych", "darmowo", "za darmo", "bezplatny", "bezplatne", "bezplatna", "bezplatnie", "bezplatnych",
            "nieodplatny", "nieodplatne", "nieodplatna", "nieodplatnie", "gratis", "free", "bez oplat", "bez oplaty"]),
        new(UnderstoodTypes.Kind, ["technikum"], ["technikum", "technika szkola", "technikow szkoly"]),
        new(UnderstoodTypes.Kind, ["branzowa-i", "branzowa-ii"], ["szkola branzowa", "szkoly branzowej", "szkole branzowej", "branzowa", "branzowka", "branzowki", "branzowke", "zawodowka", "zawodowki", "zawodowke", "szkola zawodowa"]),
        new(UnderstoodTypes.Kind, ["branzowa-i"], ["branzowa szkola i stopnia", "szkola branzowa i stopnia", "branzowa i stopnia"]),
        new(UnderstoodTypes.Kind, ["branzowa-ii"], ["branzowa szkola ii stopnia", "szkola branzowa ii stopnia", "branzowa ii stopnia"]),
        new(UnderstoodTypes.Kind, ["szkola-policealna"], ["szkola policealna", "szkoly policealnej", "szkole policealnej", "policealna", "policealne", "policealnej", "policealka", "szkola pomaturalna", "pomaturalna", "pomaturalne"]),
        new(UnderstoodTypes.Kind, ["kkz"], ["kkz", "kwalifikacyjny kurs zawodowy", "kwalifikacyjne kursy zawodowe", "kwalifikacyjnego kursu zawodowego", "kurs kwalifikacyjny", "kursy kwalifikacyjne"]),
        new(UnderstoodTypes.Kind, ["kuz"], ["kuz", "kurs umiejetnosci zawodowych", "kursy umiejetnosci zawodowych"]),
        new(UnderstoodTypes.Kind, ["kurs", "szkolenie", "warsztaty", "kkz", "kuz", "kko"], ["kurs", "kursy", "kursu", "kursow", "kursie", "kursach", "course", "courses"]),
        new(UnderstoodTypes.Kind, ["szkolenie", "kurs", "warsztaty", "kuz", "kko"], ["szkolenie", "szkolenia", "szkolen", "szkoleniu", "szkoleniach", "training"]),
        new(UnderstoodTypes.Kind, ["warsztaty"], ["warsztaty", "warsztatow", "warsztatach", "workshop", "workshops"]),
        new(UnderstoodTypes.Kind, ["egzamin"], ["egzamin", "egzaminy", "egzaminu", "exam"]),
        new(UnderstoodTypes.Kind, ["doradztwo"], ["doradztwo", "doradztwa", "coaching", "mentoring"]),
        new(UnderstoodTypes.Kind, ["studia-i", "studia-ii", "jednolite-magisterskie"], ["studia", "studiow", "studiach", "studiowac", "kierunek studiow", "uczelnia", "uczelni"]),
        new(UnderstoodTypes.Kind, ["studia-i"], ["studia pierwszego stopnia", "studia i stopnia", "pierwszego stopnia", "licencjat", "licencjackie", "licencjackich", "studia licencjackie", "inzynierskie", "studia inzynierskie", "bachelor"]),
        new(UnderstoodTypes.Kind, ["studia-ii", "jednolite-magisterskie"], ["magisterskie", "studia magisterskie", "magisterka", "magister", "master", "studia drugiego stopnia", "studia ii stopnia", "drugiego stopnia", "uzupelniajace magisterskie"]),
        new(UnderstoodTypes.Kind, ["jednolite-magisterskie"], ["jednolite magisterskie", "jednolite studia magisterskie", "jednolite"]),
        new(UnderstoodTypes.Kind, ["podyplomowe"], ["podyplomowe", "podyplomowych", "podyplomowka", "podyplomowki", "studia podyplomowe", "studiow podyplomowych", "studiach podyplomowych", "postgraduate"]),
    ];
}
