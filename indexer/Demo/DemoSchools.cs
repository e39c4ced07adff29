namespace Catalogue.Indexer.Demo;

/// <summary>
/// The vocational schools and centres of the demo: invented names in real towns, at least one in every powiat.
/// A theme picks the professions a school teaches, close to what the local economy asks for
/// (textiles in Łódź, energy in Bełchatów, horticulture around Skierniewice, furniture in Radomsko).
/// </summary>
internal static class DemoSchools
{
    public static readonly (string Name, string City, string Theme)[] Schools =
    [
        ("Zespół Szkół Elektronicznych i Informatycznych nr 4 w Łodzi", "Łódź", "it"),
        ("Zespół Szkół Samochodowych nr 2 w Łodzi", "Łódź", "auto"),
        ("Zespół Szkół Gastronomicznych i Hotelarskich w Łodzi", "Łódź", "gastro"),
        ("Zespół Szkół Budowlanych i Geodezyjnych w Łodzi", "Łódź", "build"),
        ("Zespół Szkół Ekonomiczno-Handlowych nr 3 w Łodzi", "Łódź", "econ"),
        ("Zespół Szkół Mechatronicznych nr 8 w Łodzi", "Łódź", "mech"),
        ("Zespół Szkół Odzieżowo-Włókienniczych w Łodzi", "Łódź", "textile"),
        ("Branżowa Szkoła Rzemiosła i Usług nr 5 w Łodzi", "Łódź", "crafts"),
        ("Medyczna Szkoła Policealna nr 2 w Łodzi", "Łódź", "medical"),
        ("Policealna Szkoła Zawodowa dla Dorosłych „Kadry” w Łodzi", "Łódź", "office"),
        ("Zespół Szkół Ponadpodstawowych nr 11 w Łodzi", "Łódź", "general"),
        ("Zespół Szkół Energetycznych i Elektrycznych nr 6 w Łodzi", "Łódź", "electric"),
        ("Zespół Szkół Ponadpodstawowych nr 3 w Piotrkowie Trybunalskim", "Piotrków Trybunalski", "general"),
        ("Zespół Szkół Technicznych w Piotrkowie Trybunalskim", "Piotrków Trybunalski", "tech"),
        ("Zespół Szkół Ekonomicznych i Gastronomicznych w Skierniewicach", "Skierniewice", "service"),
        ("Zespół Szkół Ogrodniczych w Skierniewicach", "Skierniewice", "agro"),
        ("Zespół Szkół Ponadpodstawowych nr 2 w Bełchatowie", "Bełchatów", "electric"),
        ("Zespół Szkół Ponadpodstawowych w Zelowie", "Zelów", "general"),
        ("Zespół Szkół Ponadpodstawowych nr 1 w Kutnie", "Kutno", "general"),
        ("Zespół Szkół w Żychlinie", "Żychlin", "crafts"),
        ("Zespół Szkół Ponadpodstawowych nr 1 w Łasku", "Łask", "general"),
        ("Zespół Szkół Ponadpodstawowych w Łęczycy", "Łęczyca", "service"),
        ("Zespół Szkół Ponadpodstawowych nr 2 w Łowiczu", "Łowicz", "service"),
        ("Zespół Szkół Agrotechnicznych w Łowiczu", "Łowicz", "agro"),
        ("Zespół Szkół Ponadpodstawowych w Koluszkach", "Koluszki", "general"),
        ("Zespół Szkół Zawodowych w Tuszynie", "Tuszyn", "crafts"),
        ("Zespół Szkół Ponadpodstawowych nr 1 w Opocznie", "Opoczno", "build"),
        ("Zespół Szkół Ponadpodstawowych nr 2 w Pabianicach", "Pabianice", "tech"),
        ("Zespół Szkół Zawodowych w Konstantynowie Łódzkim", "Konstantynów Łódzki", "crafts"),
        ("Zespół Szkół Ponadpodstawowych w Pajęcznie", "Pajęczno", "general"),
        ("Zespół Szkół Ponadpodstawowych w Sulejowie", "Sulejów", "service"),
        ("Zespół Szkół Rolniczych w Wolborzu", "Wolbórz", "agro"),
        ("Zespół Szkół Ponadpodstawowych w Poddębicach", "Poddębice", "general"),
        ("Zespół Szkół Hotelarsko-Turystycznych w Uniejowie", "Uniejów", "gastro"),
        ("Zespół Szkół Ponadpodstawowych nr 1 w Radomsku", "Radomsko", "tech"),
        ("Zespół Szkół Ponadpodstawowych w Rawie Mazowieckiej", "Rawa Mazowiecka", "general"),
        ("Zespół Szkół Ponadpodstawowych nr 2 w Sieradzu", "Sieradz", "general"),
        ("Zespół Szkół Rolniczo-Technicznych w Bolimowie", "Bolimów", "agro"),
        ("Zespół Szkół Ponadpodstawowych nr 4 w Tomaszowie Mazowieckim", "Tomaszów Mazowiecki", "tech"),
        ("Medyczna Szkoła Policealna w Tomaszowie Mazowieckim", "Tomaszów Mazowiecki", "medical"),
        ("Zespół Szkół Ponadpodstawowych nr 1 w Wieluniu", "Wieluń", "general"),
        ("Zespół Szkół Ponadpodstawowych w Wieruszowie", "Wieruszów", "tech"),
        ("Zespół Szkół Ponadpodstawowych nr 2 w Zduńskiej Woli", "Zduńska Wola", "tech"),
        ("Zespół Szkół Ponadpodstawowych nr 1 w Zgierzu", "Zgierz", "general"),
        ("Zespół Szkół Zawodowych w Ozorkowie", "Ozorków", "crafts"),
        ("Zespół Szkół Ponadpodstawowych w Aleksandrowie Łódzkim", "Aleksandrów Łódzki", "it"),
        ("Zespół Szkół Ponadpodstawowych w Brzezinach", "Brzeziny", "general"),
    ];

    /// <summary>
    /// Centres for vocational and continuing education (CKZ, CKU) running KKZ and KUZ for adults. Public centres teach
    /// for free; the non-public ones charge, which is where vouchers (bon) and the KFS come in.
    /// </summary>
    public static readonly (string Name, string City, bool IsPublic)[] Centres =
    [
        ("Centrum Kształcenia Zawodowego w Łodzi", "Łódź", true),
        ("Centrum Kształcenia Ustawicznego nr 2 w Łodzi", "Łódź", true),
        ("Niepubliczne Centrum Kształcenia Ustawicznego „Edukator” w Łodzi", "Łódź", false),
        ("Centrum Kształcenia Zawodowego w Piotrkowie Trybunalskim", "Piotrków Trybunalski", true),
        ("Centrum Kształcenia Zawodowego w Kutnie", "Kutno", true),
        ("Centrum Kształcenia Zawodowego i Ustawicznego w Sieradzu", "Sieradz", true),
        ("Niepubliczne Centrum Kształcenia Zawodowego „Fachowiec” w Radomsku", "Radomsko", false),
    ];

    /// <summary>Professions a theme teaches, by school type: technikum, branżowa szkoła I stopnia, szkoła policealna.</summary>
    public static (string[] Technikum, string[] BranzowaI, string[] Policealna) Theme(string theme) => theme switch
    {
        "it" => (["351203", "351406", "351103", "311408", "343105"], ["742117"], ["351203"]),
        "auto" => (["311513", "311303", "311410", "311909"], ["723103", "713203", "721306", "741203", "723107"], []),
        "gastro" => (["343404", "422402", "422103"], ["512001", "513101", "751201", "962907"], ["343404"]),
        "build" => (["311204", "311104", "311944", "311219"], ["711204", "712905", "712618", "711102"], []),
        "econ" => (["331403", "431103", "334306", "522305", "333107", "333108"], ["522301", "432106"], ["431103"]),
        "mech" => (["311410", "311909", "311413", "311408", "311504"], ["742114", "722307", "722204"], []),
        "textile" => (["311932", "311941", "333907", "343105"], ["753105", "731808"], []),
        "crafts" => ([], ["514101", "751201", "751204", "752205", "753105", "741103", "723103", "512001"], []),
        "medical" => ([], [], ["532102", "321301", "325402", "341202", "325102", "321104", "325509", "325905"]),
        "office" => ([], [], ["334306", "431103", "411004", "325509", "351203", "341202", "341201"]),
        "electric" => (["311303", "311307", "311930", "311408"], ["741103", "742117", "731107"], []),
        "agro" => (["314207", "311515", "314205", "324002", "314403"], ["613003", "611303", "834103"], []),
        "service" => (["331403", "343404", "422402", "514105", "522305"], ["522301", "512001", "514101"], ["334306"]),
        "tech" => (["311513", "311303", "351203", "311410", "311204", "311922"], ["723103", "741103", "752205", "722204", "711204"], []),
        _ => (["351203", "333107", "331403", "311513", "422402", "343404", "311303", "522305", "514105", "311204", "431103"],
              ["723103", "514101", "512001", "741103", "522301", "432106", "711204", "751201", "722204"], ["325509"]),
    };

    /// <summary>The technician profession a BS I graduate continues in at a branżowa szkoła II stopnia.</summary>
    public static string? SecondStage(string branzowaI) => branzowaI switch
    {
        "723103" or "713203" or "721306" => "311513",
        "514101" => "514105",
        "512001" or "513101" => "343404",
        "741103" => "311303",
        "522301" => "522305",
        "432106" => "333107",
        "711204" => "311204",
        "742114" => "311410",
        "742117" => "311408",
        "751201" or "751204" => "314403",
        "752205" => "311922",
        _ => null,
    };
}
