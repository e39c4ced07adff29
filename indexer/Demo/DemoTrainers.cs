namespace Catalogue.Indexer.Demo;

/// <summary>
/// Adult-learning providers of the demo: invented training firms and NGOs, and public libraries and labour offices
/// (powiatowe urzędy pracy, PUP) of real towns. Topics pick their courses from <see cref="DemoCourses"/>.
/// </summary>
internal static class DemoTrainers
{
    /// <summary>What a labour office buys for the unemployed: trades in demand in the region (FACTS.md §5).</summary>
    public static readonly string[] LabourOfficeTopics = ["weld", "forklift", "accounting", "care", "driving", "office", "catering", "careers"];

    public static readonly (string Name, string City, DemoRole Role, string[] Topics, int Offers, string[] Branches)[] Providers =
    [
        ("Akademia Kompetencji Cyfrowych sp. z o.o.", "Łódź", DemoRole.TrainingCompany, ["it", "office"], 10, ["Piotrków Trybunalski"]),
        ("Centrum Szkoleń Spawalniczych Spaw-Tech sp. z o.o.", "Łódź", DemoRole.TrainingCompany, ["weld"], 6, ["Zgierz"]),
        ("Ośrodek Szkolenia Zawodowego Weld-Pro", "Radomsko", DemoRole.TrainingCompany, ["weld", "electric"], 7, []),
        ("Biuro Szkoleń Księgowych Bilans s.c.", "Łódź", DemoRole.TrainingCompany, ["accounting"], 5, []),
        ("Akademia Stylu – Szkoła Fryzjerstwa i Wizażu", "Łódź", DemoRole.TrainingCompany, ["hair"], 5, []),
        ("Szkoła Językowa Lingua Nova", "Łódź", DemoRole.TrainingCompany, ["language"], 5, ["Pabianice"]),
        ("Centrum Języków Obcych Polyglot", "Skierniewice", DemoRole.TrainingCompany, ["language"], 4, ["Łowicz"]),
        ("Ośrodek Szkolenia Kierowców Trans-Kurs", "Piotrków Trybunalski", DemoRole.TrainingCompany, ["driving", "forklift"], 7, ["Bełchatów"]),
        ("Logistyk-Pro Centrum Szkoleniowe sp. z o.o.", "Stryków", DemoRole.TrainingCompany, ["forklift", "office"], 6, []),
        ("Centrum Szkoleniowe Ratownik", "Łódź", DemoRole.TrainingCompany, ["firstaid"], 3, []),
        ("Akademia Biznesu i Finansów sp. z o.o.", "Bełchatów", DemoRole.TrainingCompany, ["accounting", "business"], 7, []),
        ("Instytut Szkoleń Technicznych Techno-Edu sp. z o.o.", "Zduńska Wola", DemoRole.TrainingCompany, ["electric", "construction", "weld"], 8, ["Sieradz"]),
        ("Pracownia Szkoleń IT Bajt", "Kutno", DemoRole.TrainingCompany, ["it", "office"], 6, ["Łęczyca"]),
        ("Centrum Szkoleń Opiekuńczych Senior-Care", "Tomaszów Mazowiecki", DemoRole.TrainingCompany, ["care", "language"], 6, ["Opoczno"]),
        ("Ośrodek Kształcenia Kadry sp. z o.o.", "Sieradz", DemoRole.TrainingCompany, ["office", "accounting", "business"], 7, ["Wieluń"]),
        ("Akademia Rozwoju Zawodowego Progres", "Wieluń", DemoRole.TrainingCompany, ["business", "it", "firstaid"], 6, ["Wieruszów", "Pajęczno"]),
        ("CodeLab Łódź sp. z o.o.", "Łódź", DemoRole.TrainingCompany, ["it"], 5, []),
        ("Akademia Kulinarna Smaki Regionu", "Łódź", DemoRole.TrainingCompany, ["catering"], 3, ["Uniejów"]),
        ("Ośrodek Szkoleń Budowlanych Fundament", "Pabianice", DemoRole.TrainingCompany, ["construction", "forklift"], 5, []),
        ("Centrum Szkoleniowe Kompas", "Opoczno", DemoRole.TrainingCompany, ["business", "office", "firstaid"], 5, ["Drzewica"]),
        ("Szkoła Fryzjerska Nożyczki", "Piotrków Trybunalski", DemoRole.TrainingCompany, ["hair"], 4, []),
        ("Centrum Szkoleń Zawodowych Fach", "Kutno", DemoRole.TrainingCompany, ["weld", "forklift", "construction"], 6, ["Żychlin"]),
        ("Fundacja Rozwoju Przedsiębiorczości", "Łódź", DemoRole.Ngo, ["business", "careers"], 5, []),
        ("Fundacja Integracji Cudzoziemców Most", "Łódź", DemoRole.Ngo, ["polish", "careers"], 4, []),
        ("Stowarzyszenie Profilaktyki i Terapii Uzależnień Powrót", "Łódź", DemoRole.Ngo, ["addiction"], 3, ["Piotrków Trybunalski"]),
        ("Stowarzyszenie Aktywni Seniorzy", "Pabianice", DemoRole.Ngo, ["seniors", "firstaid"], 4, ["Konstantynów Łódzki"]),
        ("Fundacja Cyfrowa Wieś", "Poddębice", DemoRole.Ngo, ["seniors", "it"], 4, ["Uniejów"]),
        ("Fundacja Kobiety w Technice", "Łódź", DemoRole.Ngo, ["it"], 3, []),
        ("Stowarzyszenie Edukacji Obywatelskiej Horyzont", "Łowicz", DemoRole.Ngo, ["business", "addiction", "polish"], 4, []),
        ("Stowarzyszenie Rozwoju Ziemi Rawskiej", "Rawa Mazowiecka", DemoRole.Ngo, ["seniors", "careers", "addiction"], 4, ["Biała Rawska"]),
        ("Miejska Biblioteka Publiczna w Kutnie", "Kutno", DemoRole.Library, ["seniors"], 3, []),
        ("Miejska Biblioteka Publiczna w Zgierzu", "Zgierz", DemoRole.Library, ["seniors"], 3, []),
        ("Miejska Biblioteka Publiczna w Brzezinach", "Brzeziny", DemoRole.Library, ["seniors"], 3, []),
        ("Miejska Biblioteka Publiczna w Głownie", "Głowno", DemoRole.Library, ["seniors"], 2, []),
        ("Miejsko-Gminna Biblioteka Publiczna w Bolimowie", "Bolimów", DemoRole.Library, ["seniors"], 3, []),
        ("Miejska Biblioteka Publiczna w Łasku", "Łask", DemoRole.Library, ["seniors"], 2, []),
        ("Miejska Biblioteka Publiczna w Ozorkowie", "Ozorków", DemoRole.Library, ["seniors"], 2, []),
        ("Powiatowy Urząd Pracy w Łodzi", "Łódź", DemoRole.LabourOffice, LabourOfficeTopics, 5, []),
        ("Powiatowy Urząd Pracy w Sieradzu", "Sieradz", DemoRole.LabourOffice, LabourOfficeTopics, 4, []),
        ("Powiatowy Urząd Pracy w Łasku", "Łask", DemoRole.LabourOffice, LabourOfficeTopics, 4, []),
        ("Powiatowy Urząd Pracy w Tomaszowie Mazowieckim", "Tomaszów Mazowiecki", DemoRole.LabourOffice, LabourOfficeTopics, 4, []),
        ("Powiatowy Urząd Pracy w Bełchatowie", "Bełchatów", DemoRole.LabourOffice, LabourOfficeTopics, 3, []),
        ("Powiatowy Urząd Pracy w Radomsku", "Radomsko", DemoRole.LabourOffice, LabourOfficeTopics, 3, []),
        ("Powiatowy Urząd Pracy w Wieruszowie", "Wieruszów", DemoRole.LabourOffice, LabourOfficeTopics, 3, []),
        ("Powiatowy Urząd Pracy w Pajęcznie", "Pajęczno", DemoRole.LabourOffice, LabourOfficeTopics, 3, []),
        ("Powiatowy Urząd Pracy w Łęczycy", "Łęczyca", DemoRole.LabourOffice, LabourOfficeTopics, 3, []),
        ("Powiatowy Urząd Pracy w Rawie Mazowieckiej", "Rawa Mazowiecka", DemoRole.LabourOffice, LabourOfficeTopics, 3, []),
        ("Powiatowy Urząd Pracy w Skierniewicach", "Skierniewice", DemoRole.LabourOffice, LabourOfficeTopics, 3, []),
        ("Powiatowy Urząd Pracy w Opocznie", "Opoczno", DemoRole.LabourOffice, LabourOfficeTopics, 3, []),
        ("Powiatowy Urząd Pracy w Poddębicach", "Poddębice", DemoRole.LabourOffice, LabourOfficeTopics, 3, []),
        ("Powiatowy Urząd Pracy w Piotrkowie Trybunalskim", "Piotrków Trybunalski", DemoRole.LabourOffice, LabourOfficeTopics, 3, []),
        ("Powiatowy Urząd Pracy w Zduńskiej Woli", "Zduńska Wola", DemoRole.LabourOffice, LabourOfficeTopics, 3, []),
    ];

    /// <summary>Centres teach adults outside the school system too; these topics add a few courses to each CKZ/CKU.</summary>
    public static readonly string[] CentreTopics = ["weld", "forklift", "office"];

    public static string ProviderType(DemoRole role) => role switch
    {
        DemoRole.School => "school",
        DemoRole.VocationalCentre => "vocational-centre",
        DemoRole.University => "university",
        DemoRole.TrainingCompany => "training-company",
        DemoRole.Ngo => "ngo",
        _ => "public-institution",
    };
}
