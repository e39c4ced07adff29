namespace Catalogue.Indexer.Demo;

/// <summary>
/// One programme of a university: kierunek, kind, ISCED field, RAD-on discipline, professional title (genitive, as the
/// diploma says "tytuł zawodowy licencjata"), semesters and modes ("s" stacjonarne, "n" niestacjonarne, "o" online,
/// "h" hybrydowe; one offer per mode).
/// </summary>
internal sealed record StudyProgramme(string Field, string Kind, string Isced, string Discipline, string? Title, int Semesters, string Modes, string Language = "pl");

/// <summary>
/// Universities and their branches in the region, as RAD-on lists them (uczelnie_lodzkie.csv, uczelnie_filie_lodzkie.csv):
/// real names, addresses and websites, only institutions still operating. Their programmes are typical of each
/// institution (FACTS.md §6.2) but the offers themselves — dates, places, fees — are invented.
/// </summary>
internal static class DemoUniversities
{
    private const string I = "studia-i", II = "studia-ii", JM = "jednolite-magisterskie", PD = "podyplomowe";

    private static StudyProgramme P(string field, string kind, string isced, string discipline, string? title, int semesters, string modes, string language = "pl") =>
        new(field, kind, isced, discipline, title, semesters, modes, language);

    // Programmes several institutions run, written once.
    private static readonly StudyProgramme Zarzadzanie = P("zarządzanie", I, "0413", "DS010506N", "licencjata", 6, "n");
    private static readonly StudyProgramme Pedagogika = P("pedagogika", I, "0111", "DS010509N", "licencjata", 6, "n");
    private static readonly StudyProgramme Pielegniarstwo = P("pielęgniarstwo", I, "0913", "DS010303N", "licencjata", 6, "s");
    private static readonly StudyProgramme Administracja = P("administracja", I, "0413", "DS010505N", "licencjata", 6, "n");
    private static readonly StudyProgramme Bezpieczenstwo = P("bezpieczeństwo wewnętrzne", I, "1032", "DS010503N", "licencjata", 6, "n");
    private static readonly StudyProgramme FinanseRachunkowosc = P("finanse i rachunkowość", I, "0411", "DS010501N", "licencjata", 6, "n");
    private static readonly StudyProgramme Kosmetologia = P("kosmetologia", I, "1012", "DS010303N", "licencjata", 6, "n");
    private static readonly StudyProgramme PrzygotowaniePedagogiczne = P("przygotowanie pedagogiczne", PD, "0111", "DS010509N", null, 3, "n");
    private static readonly StudyProgramme KadryPlace = P("kadry i płace", PD, "0411", "DS010501N", null, 2, "n");
    private static readonly StudyProgramme ZarzadzanieProjektami = P("zarządzanie projektami", PD, "0413", "DS010506N", null, 2, "n");

    public static readonly (string Slug, string Name, string City, string Street, string Postal, string Website, bool IsPublic, StudyProgramme[] Programmes)[] Universities =
    [
        ("demo-uniwersytet-lodzki", "Uniwersytet Łódzki", "Łódź", "ul. Prezydenta Gabriela Narutowicza 68", "90-136", "http://www.uni.lodz.pl", true,
        [
            P("informatyka", I, "0613", "DS010601N", "licencjata", 6, "s"), P("informatyka", II, "0613", "DS010601N", "magistra", 4, "s"),
            P("prawo podatkowe i rachunkowość", II, "0411", "DS010507N", "magistra", 4, "n"), P("psychologia", JM, "0313", "DS010511N", "magistra", 10, "sn"),
            P("prawo", JM, "0421", "DS010507N", "magistra", 10, "sn"), Zarzadzanie with { Modes = "sn" },
            P("zarządzanie", II, "0413", "DS010506N", "magistra", 4, "n"), P("logistyka", I, "1041", "DS010506N", "licencjata", 6, "s"),
            P("filologia angielska", I, "0232", "DS010104N", "licencjata", 6, "s", "en"),
            P("dziennikarstwo i komunikacja społeczna", I, "0321", "DS010504N", "licencjata", 6, "s"), Administracja,
            P("ekonomia", I, "0311", "DS010501N", "licencjata", 6, "s"),
            P("rachunkowość i finanse przedsiębiorstw", PD, "0411", "DS010501N", null, 2, "n"),
            P("prawo pracy i kadry", PD, "0421", "DS010507N", null, 2, "n"),
        ]),
        ("demo-politechnika-lodzka", "Politechnika Łódzka", "Łódź", "ul. Stefana Żeromskiego 116", "90-924", "http://www.p.lodz.pl", true,
        [
            P("informatyka", I, "0613", "DS010204N", "inżyniera", 7, "s"), P("informatyka", II, "0613", "DS010204N", "magistra inżyniera", 3, "s"),
            P("Computer Science", I, "0613", "DS010204N", "inżyniera", 7, "s", "en"),
            P("automatyka i robotyka", I, "0714", "DS010213N", "inżyniera", 7, "s"), P("mechatronika", I, "0714", "DS010208N", "inżyniera", 7, "sn"),
            P("mechatronika", II, "0714", "DS010208N", "magistra inżyniera", 3, "s"), P("budownictwo", II, "0732", "DS010212N", "magistra inżyniera", 3, "n"),
            P("budownictwo", I, "0732", "DS010212N", "inżyniera", 7, "n"), P("elektrotechnika", I, "0713", "DS010213N", "inżyniera", 7, "s"),
            P("biotechnologia", I, "0512", "DS010608N", "inżyniera", 7, "s"), P("architektura", I, "0731", "DS010201N", "inżyniera", 7, "s"),
            P("inżynieria spawalnictwa", PD, "0715", "DS010208N", null, 2, "n"),
            P("analiza danych i uczenie maszynowe w Pythonie", PD, "0613", "DS010204N", null, 2, "o"),
        ]),
        ("demo-uniwersytet-medyczny-w-lodzi", "Uniwersytet Medyczny w Łodzi", "Łódź", "al. Tadeusza Kościuszki 4", "90-419", "http://www.umed.pl", true,
        [
            P("lekarski", JM, "0912", "DS010304N", "lekarza", 12, "sn"), P("lekarsko-dentystyczny", JM, "0911", "DS010304N", "lekarza dentysty", 10, "s"),
            // Farmacja lasts five and a half years.
            P("farmacja", JM, "0916", "DS010301N", "magistra farmacji", 11, "s"), P("fizjoterapia", JM, "0915", "DS010303N", "magistra", 10, "s"),
            Pielegniarstwo, P("pielęgniarstwo", II, "0913", "DS010303N", "magistra", 4, "n"),
            P("położnictwo", I, "0913", "DS010303N", "licencjata", 6, "s"), P("ratownictwo medyczne", I, "0912", "DS010303N", "licencjata", 6, "s"),
            P("dietetyka", I, "0915", "DS010303N", "licencjata", 6, "s"),
            P("zarządzanie w ochronie zdrowia", PD, "0413", "DS010303N", null, 2, "h"),
        ]),
        ("demo-akademia-piotrkowska", "Akademia Piotrkowska", "Piotrków Trybunalski", "ul. Juliusza Słowackiego 114/118", "97-300", "https://apt.edu.pl", true,
        [
            Pedagogika, P("pedagogika", II, "0111", "DS010509N", "magistra", 4, "n"), Pielegniarstwo, Bezpieczenstwo with { Modes = "s" }, P("filologia angielska", I, "0232", "DS010104N", "licencjata", 6, "s", "en"),
            P("informatyka", I, "0613", "DS010601N", "inżyniera", 7, "s"), PrzygotowaniePedagogiczne,
        ]),
        ("demo-ans-stefana-batorego", "Akademia Nauk Stosowanych Stefana Batorego", "Skierniewice", "ul. Stefana Batorego 64C", "96-100", "https://www.ansb.pl", true,
        [
            Pielegniarstwo, P("ogrodnictwo", I, "0812", "DS010401N", "inżyniera", 7, "s"), P("logistyka", I, "1041", "DS010506N", "licencjata", 6, "n"),
            P("informatyka", I, "0613", "DS010601N", "inżyniera", 7, "s"), KadryPlace,
        ]),
        ("demo-ans-gospodarki-krajowej-w-kutnie", "Akademia Nauk Stosowanych Gospodarki Krajowej w Kutnie", "Kutno", "ul. Lelewela 7", "99-300", "http://www.wsgk.com.pl", false,
            [Pielegniarstwo, Administracja, KadryPlace]),
        ("demo-spoleczna-akademia-nauk", "Społeczna Akademia Nauk z siedzibą w Łodzi", "Łódź", "ul. Henryka Sienkiewicza 9", "90-113", "http://www.san.edu.pl", false,
        [
            Zarzadzanie, P("zarządzanie", II, "0413", "DS010506N", "magistra", 4, "n"), P("informatyka", I, "0613", "DS010601N", "inżyniera", 7, "sn"), P("psychologia", JM, "0313", "DS010511N", "magistra", 10, "n"),
            Pedagogika, P("MBA – zarządzanie przedsiębiorstwem", PD, "0413", "DS010506N", null, 3, "h"),
            P("rachunkowość i podatki", PD, "0411", "DS010501N", null, 2, "o"),
        ]),
        ("demo-ahe-w-lodzi", "Akademia Humanistyczno-Ekonomiczna w Łodzi", "Łódź", "ul. dr. Seweryna Sterlinga 26", "90-212", "http://www.ahe.lodz.pl", false,
        [
            Pedagogika, P("psychologia", JM, "0313", "DS010511N", "magistra", 10, "n"), Pielegniarstwo,
            P("grafika", I, "0213", "DS010803N", "licencjata", 6, "s"), PrzygotowaniePedagogiczne with { Modes = "o" },
            P("integracja sensoryczna", PD, "0915", "DS010509N", null, 3, "n"),
        ]),
        ("demo-akademia-muzyczna-w-lodzi", "Akademia Muzyczna im. Grażyny i Kiejstuta Bacewiczów w Łodzi", "Łódź", "ul. Gdańska 32", "90-716", "http://www.amuz.lodz.pl/", true,
            [P("instrumentalistyka", I, "0215", "DS010802N", "licencjata", 6, "s"), P("instrumentalistyka", II, "0215", "DS010802N", "magistra", 4, "s"), P("jazz i muzyka estradowa", I, "0215", "DS010802N", "licencjata", 6, "s")]),
        ("demo-asp-w-lodzi", "Akademia Sztuk Pięknych im. Władysława Strzemińskiego w Łodzi", "Łódź", "ul. Wojska Polskiego 121", "91-726", "http://www.asp.lodz.pl", true,
        [
            P("wzornictwo", I, "0212", "DS010803N", "licencjata", 6, "s"), P("projektowanie ubioru", I, "0212", "DS010803N", "licencjata", 6, "s"),
            P("grafika", I, "0213", "DS010803N", "licencjata", 6, "s"),
        ]),
        ("demo-filmowka-w-lodzi", "Państwowa Wyższa Szkoła Filmowa, Telewizyjna i Teatralna im. Leona Schillera w Łodzi", "Łódź", "ul. Targowa 61/63", "90-323", "http://filmschool.lodz.pl", true,
        [
            P("reżyseria", JM, "0211", "DS010801N", "magistra", 10, "s"), P("aktorstwo", JM, "0215", "DS010801N", "magistra", 10, "s"),
            P("organizacja produkcji filmowej i telewizyjnej", I, "0211", "DS010801N", "licencjata", 6, "n"),
        ]),
        ("demo-sweiz-w-lodzi", "Szkoła Wyższa Ekonomii i Zarządzania w Łodzi", "Łódź", "ul. Prezydenta Gabriela Narutowicza 86", "90-139", "http://www.sweiz.pl", false,
            [Zarzadzanie, FinanseRachunkowosc, P("finanse i rachunkowość", II, "0411", "DS010501N", "magistra", 4, "n"), P("ekonomia", I, "0311", "DS010501N", "licencjata", 6, "s")]),
        ("demo-uczelnia-asbiro", "Uczelnia ASBIRO", "Łódź", "ul. Gdańska 112", "90-508", "http://www.asbiro.pl", false,
            [Zarzadzanie, P("zarządzanie firmą rodzinną", PD, "0413", "DS010506N", null, 2, "h")]),
        ("demo-uczelnia-nauk-spolecznych", "Uczelnia Nauk Społecznych", "Łódź", "ul. hm. Aleksandra Kamińskiego 21", "90-229", "http://www.uns.lodz.pl", false,
            [Zarzadzanie, Pedagogika, Bezpieczenstwo]),
        ("demo-wschod-zachod-szkola-wyzsza", "Wschód-Zachód Szkoła Wyższa im. Henryka Jóźwiaka", "Łódź", "ul. Rewolucji 1905 r. 44", "90-213", "http://www.wschodzachod.edu.pl", false,
            [P("stosunki międzynarodowe", I, "0312", "DS010512N", "licencjata", 6, "n"), PrzygotowaniePedagogiczne with { Modes = "o" }]),
        ("demo-wsbw-w-lodzi", "Wyższa Szkoła Bezpieczeństwa Wewnętrznego w Łodzi", "Łódź", "ul. Juliana Tuwima 22", "90-001", "http://www.wsbw.pl", false,
            [Bezpieczenstwo, P("bezpieczeństwo wewnętrzne", II, "1032", "DS010503N", "magistra", 4, "n"), P("kryminologia", I, "1032", "DS010503N", "licencjata", 6, "n")]),
        ("demo-wsbinoz-w-lodzi", "Wyższa Szkoła Biznesu i Nauk o Zdrowiu w Łodzi", "Łódź", "ul. Piotrkowska 278", "90-361", "http://www.wsbinoz.edu.pl", false,
            [P("fizjoterapia", JM, "0915", "DS010303N", "magistra", 10, "n"), Kosmetologia, P("dietetyka", I, "0915", "DS010303N", "licencjata", 6, "n")]),
        ("demo-ws-cosinus-w-lodzi", "Wyższa Szkoła COSINUS w Łodzi", "Łódź", "ul. Wólczańska 81", "90-515", "http://www.ws.cosinus.pl", false,
            [Kosmetologia with { Modes = "s" }, P("turystyka i rekreacja", I, "1015", "DS010302N", "licencjata", 6, "n")]),
        ("demo-wsfi-w-lodzi", "Wyższa Szkoła Finansów i Informatyki im. prof. Janusza Chechlińskiego w Łodzi", "Łódź", "ul. Walerego Wróblewskiego 18", "93-578", "http://www.wsfi.edu.pl", false,
            [P("informatyka", I, "0613", "DS010601N", "inżyniera", 7, "n"), FinanseRachunkowosc, P("cyberbezpieczeństwo", PD, "0612", "DS010601N", null, 2, "o")]),
        ("demo-wyzsza-szkola-kosmetyki-w-lodzi", "Wyższa Szkoła Kosmetyki i Nauk o Zdrowiu w Łodzi", "Łódź", "ul. Wileńska 53/55", "94-011", "http://www.wyzszaszkolakosmetyki.pl", false,
            [Kosmetologia with { Modes = "s" }, P("kosmetologia", II, "1012", "DS010303N", "magistra", 4, "n"), P("trychologia", PD, "1012", "DS010303N", null, 2, "n")]),
        ("demo-wssip-w-lodzi", "Wyższa Szkoła Sztuki i Projektowania w Łodzi", "Łódź", "ul. Targowa 65", "90-324", "http://www.wssip.edu.pl", false,
            [P("architektura wnętrz", I, "0212", "DS010803N", "licencjata", 6, "s"), P("projektowanie mody", I, "0212", "DS010803N", "licencjata", 6, "n")]),
    ];

    /// <summary>Branches located in the region; the website is the parent's where the region's file has it (null: a demo site).</summary>
    public static readonly (string Slug, string Name, string City, string Street, string? Website, bool IsPublic, StudyProgramme[] Programmes)[] Branches =
    [
        ("demo-ahe-filia-w-sieradzu", "Akademia Humanistyczno-Ekonomiczna w Łodzi – Filia w Sieradzu", "Sieradz", "ul. Adama Mickiewicza 6", "http://www.ahe.lodz.pl", false,
            [Pedagogika, PrzygotowaniePedagogiczne]),
        ("demo-mans-filia-w-belchatowie", "Menedżerska Akademia Nauk Stosowanych w Warszawie – Filia w Bełchatowie", "Bełchatów", "ul. Edwardów 5", null, false,
            [Zarzadzanie, Bezpieczenstwo]),
        ("demo-ul-filia-w-tomaszowie-mazowieckim", "Uniwersytet Łódzki – Filia w Tomaszowie Mazowieckim", "Tomaszów Mazowiecki", "ul. Konstytucji 3 Maja 65/67", "http://www.uni.lodz.pl", true,
            [Zarzadzanie, Administracja, ZarzadzanieProjektami]),
        ("demo-san-filia-w-belchatowie", "Społeczna Akademia Nauk – Filia w Bełchatowie", "Bełchatów", "ul. Czapliniecka 96", "http://www.san.edu.pl", false,
            [Zarzadzanie, Pedagogika, KadryPlace]),
        ("demo-san-filia-w-sieradzu", "Społeczna Akademia Nauk – Filia w Sieradzu", "Sieradz", "ul. marsz. Józefa Piłsudskiego 5", "http://www.san.edu.pl", false,
            [Zarzadzanie, Pedagogika]),
        ("demo-ans-goluchowskiego-filia-w-tomaszowie", "Akademia Nauk Stosowanych im. Józefa Gołuchowskiego – Filia w Tomaszowie Mazowieckim", "Tomaszów Mazowiecki", "ul. Juliusza Słowackiego 32", null, false,
            [Administracja, Pedagogika]),
        ("demo-san-filia-w-zdunskiej-woli", "Społeczna Akademia Nauk – Filia w Zduńskiej Woli", "Zduńska Wola", "ul. Wileńska 3", "http://www.san.edu.pl", false,
            [Zarzadzanie, P("rachunkowość i podatki", PD, "0411", "DS010501N", null, 2, "n")]),
        ("demo-wsfi-wydzial-w-radomsku", "Wyższa Szkoła Finansów i Informatyki – Wydział Nauk Społecznych w Radomsku", "Radomsko", "ul. Brzeźnicka 20", "http://www.wsfi.edu.pl", false,
            [Administracja, Pedagogika]),
        ("demo-wsb-merito-wydzial-w-lodzi", "Uniwersytet WSB Merito w Toruniu – Wydział Studiów Stosowanych w Łodzi", "Łódź", "ul. Brzozowa 5/7", null, false,
        [
            Zarzadzanie, P("zarządzanie", II, "0413", "DS010506N", "magistra", 4, "n"), P("informatyka", I, "0613", "DS010601N", "inżyniera", 7, "n"), FinanseRachunkowosc, KadryPlace with { Modes = "h" },
            P("HR business partner", PD, "0413", "DS010506N", null, 2, "o"),
        ]),
        ("demo-wsps-wydzial-w-piotrkowie", "Wyższa Szkoła Planowania Strategicznego w Dąbrowie Górniczej – Wydział Zdrowia i Nauk Społecznych w Piotrkowie Trybunalskim", "Piotrków Trybunalski", "ul. Juliusza Słowackiego 20", null, false,
            [Pielegniarstwo, Pedagogika]),
        ("demo-staropolska-ans-wydzial-w-lowiczu", "Staropolska Akademia Nauk Stosowanych w Kielcach – Wydział Zamiejscowy w Łowiczu", "Łowicz", "ul. Blich 10", null, false,
            [Administracja, Bezpieczenstwo]),
        ("demo-wsnoz-filia-w-lodzi", "Wyższa Szkoła Nauk o Zdrowiu w Bydgoszczy – Filia w Łodzi", "Łódź", "ul. Stefana Jaracza 74 E", null, false,
            [P("fizjoterapia", JM, "0915", "DS010303N", "magistra", 10, "n"), Pielegniarstwo]),
    ];
}
