namespace Catalogue.Indexer.Demo;

/// <summary>
/// What the demo says about vocational professions: the ISCED-F detailed field of each profession it uses, and a
/// sentence plus learning outcomes per branża (the sector of the classification of vocational professions).
/// </summary>
internal static class DemoProfessions
{
    private static readonly Dictionary<string, string> IscedByProfession = new()
    {
        ["351203"] = "0612", ["351406"] = "0613", ["351103"] = "0612", ["311408"] = "0714", ["343105"] = "0211", ["311513"] = "0716",
        ["311303"] = "0713", ["311410"] = "0714", ["311909"] = "0714", ["343404"] = "1013", ["422402"] = "1013", ["422103"] = "1015",
        ["311204"] = "0732", ["311104"] = "0732", ["311944"] = "0722", ["311219"] = "0732", ["331403"] = "0413", ["431103"] = "0411",
        ["334306"] = "0413", ["522305"] = "0416", ["333107"] = "1041", ["333108"] = "1041", ["311413"] = "0714", ["311504"] = "0715",
        ["311932"] = "0723", ["311941"] = "0723", ["333907"] = "0414", ["311307"] = "0713", ["311930"] = "0713", ["314207"] = "0811",
        ["311515"] = "0715", ["314205"] = "0812", ["324002"] = "0841", ["314403"] = "0721", ["514105"] = "1012", ["311922"] = "0722",
        ["742117"] = "0714", ["723103"] = "0716", ["713203"] = "0716", ["721306"] = "0716", ["741203"] = "0716", ["723107"] = "0716",
        ["512001"] = "1013", ["513101"] = "1013", ["751201"] = "0721", ["962907"] = "1013", ["711204"] = "0732", ["712905"] = "0732",
        ["712618"] = "0732", ["711102"] = "0732", ["522301"] = "0416", ["432106"] = "1041", ["742114"] = "0714", ["722307"] = "0715",
        ["722204"] = "0715", ["753105"] = "0723", ["731808"] = "0214", ["514101"] = "1012", ["751204"] = "0721", ["752205"] = "0722",
        ["741103"] = "0713", ["731107"] = "0714", ["613003"] = "0811", ["611303"] = "0812", ["834103"] = "0715", ["532102"] = "0913",
        ["321301"] = "0916", ["325402"] = "0915", ["341202"] = "0921", ["325102"] = "0911", ["321104"] = "0914", ["325509"] = "1022",
        ["325905"] = "0922", ["411004"] = "0415", ["341201"] = "0921", ["832201"] = "1041", ["311927"] = "1041",
    };

    public static string Isced(string professionCode) => IscedByProfession.TryGetValue(professionCode, out var code)
        ? code
        : throw new KeyNotFoundException($"No ISCED field for demo profession {professionCode}.");

    public static string? TryIsced(string professionCode) => IscedByProfession.GetValueOrDefault(professionCode);

    /// <summary>One sentence on what the branża teaches and three learning outcomes, for descriptions of classes and courses.</summary>
    public static (string Lead, string[] Outcomes) Branza(string? branza) => branza switch
    {
        "INF" => ("Uczniowie poznają budowę komputerów, sieci, systemy operacyjne oraz tworzenie aplikacji i baz danych.",
            ["konfiguruje sieci komputerowe i systemy operacyjne", "tworzy aplikacje, strony internetowe i bazy danych", "dba o bezpieczeństwo danych i sprzętu"]),
        "ELM" => ("Program łączy elektronikę, automatykę i programowanie sterowników stosowanych w nowoczesnych zakładach.",
            ["montuje i uruchamia układy elektroniczne i automatyki", "programuje sterowniki PLC", "diagnozuje usterki urządzeń mechatronicznych"]),
        "ELE" => ("Nauka obejmuje instalacje elektryczne, maszyny i urządzenia oraz odnawialne źródła energii.",
            ["montuje instalacje elektryczne zgodnie z dokumentacją", "wykonuje pomiary elektryczne", "eksploatuje maszyny i urządzenia elektryczne"]),
        "MOT" => ("Zajęcia odbywają się w warsztatach wyposażonych w stanowiska diagnostyczne i nowoczesne pojazdy.",
            ["diagnozuje układy pojazdów samochodowych", "wykonuje obsługę i naprawy pojazdów", "korzysta z dokumentacji serwisowej"]),
        "BUD" => ("Uczniowie poznają technologię robót budowlanych, rysunek techniczny i kosztorysowanie.",
            ["czyta dokumentację budowlaną", "wykonuje roboty budowlane zgodnie z technologią", "stosuje przepisy BHP na budowie"]),
        "HGT" => ("Praktyka odbywa się w szkolnej pracowni gastronomicznej oraz w hotelach i restauracjach regionu.",
            ["przygotowuje i wydaje potrawy", "obsługuje gości zgodnie ze standardami branży", "planuje żywienie i stosuje zasady HACCP"]),
        "FRK" => ("Zajęcia praktyczne prowadzone są w szkolnym salonie fryzjerskim z udziałem klientów.",
            ["wykonuje strzyżenia damskie i męskie", "dobiera i wykonuje koloryzację", "projektuje fryzury okolicznościowe"]),
        "EKA" => ("Uczniowie uczą się prowadzenia dokumentacji firmy, rozliczeń podatkowych i pracy w programach finansowo-księgowych.",
            ["prowadzi dokumentację księgową i kadrową", "sporządza rozliczenia podatkowe", "obsługuje programy finansowo-księgowe"]),
        "SPL" => ("Program obejmuje gospodarkę magazynową, organizację transportu i systemy informatyczne logistyki.",
            ["planuje i organizuje prace magazynowe", "organizuje transport ładunków", "obsługuje systemy WMS"]),
        "HAN" => ("Nauka obejmuje sprzedaż, obsługę klienta, marketing i prowadzenie działalności handlowej.",
            ["obsługuje klientów i kasę fiskalną", "prowadzi działania marketingowe", "organizuje pracę punktu sprzedaży"]),
        "SPC" => ("Zajęcia praktyczne odbywają się w pracowni technologicznej oraz w zakładach produkcji spożywczej.",
            ["wytwarza wyroby zgodnie z recepturą", "obsługuje maszyny i urządzenia produkcyjne", "przestrzega zasad higieny i jakości żywności"]),
        "MEC" => ("Uczniowie poznają obróbkę metali, maszyny CNC i technologię wytwarzania części maszyn.",
            ["wykonuje obróbkę ręczną i maszynową", "obsługuje obrabiarki sterowane numerycznie", "czyta rysunek techniczny maszynowy"]),
        "MOD" => ("Program nawiązuje do włókienniczych tradycji regionu i obejmuje projektowanie, technologię i produkcję wyrobów.",
            ["projektuje i konstruuje wyroby odzieżowe", "obsługuje maszyny szwalnicze i włókiennicze", "ocenia jakość materiałów"]),
        "ROL" => ("Zajęcia praktyczne odbywają się w gospodarstwie szkolnym i u rolników z okolicy.",
            ["planuje produkcję roślinną i zwierzęcą", "obsługuje maszyny rolnicze", "prowadzi gospodarstwo zgodnie z zasadami ekologii"]),
        "OGR" => ("Uczniowie uczą się zakładania i pielęgnacji ogrodów, upraw roślin oraz projektowania terenów zieleni.",
            ["uprawia rośliny ogrodnicze", "zakłada i pielęgnuje tereny zieleni", "rozpoznaje choroby i szkodniki roślin"]),
        "MED" => ("Zajęcia praktyczne odbywają się w szpitalach, przychodniach i gabinetach, z którymi współpracuje szkoła.",
            ["wykonuje zabiegi zgodnie z procedurami", "dba o bezpieczeństwo pacjenta", "prowadzi dokumentację medyczną"]),
        "SPO" => ("Program przygotowuje do pracy z osobami potrzebującymi wsparcia w domu, placówkach i instytucjach pomocy społecznej.",
            ["rozpoznaje potrzeby podopiecznego", "pomaga w czynnościach dnia codziennego", "współpracuje z rodziną i opiekunami"]),
        "AUD" => ("Nauka odbywa się w studiu fotograficznym i pracowni multimediów ze sprzętem używanym w branży.",
            ["wykonuje zdjęcia i materiały wideo", "obrabia obraz i dźwięk", "przygotowuje publikacje multimedialne"]),
        "DRM" => ("Program nawiązuje do tradycji meblarskich regionu i obejmuje technologię drewna oraz obsługę maszyn stolarskich.",
            ["wykonuje wyroby z drewna", "obsługuje maszyny do obróbki drewna", "dobiera materiały i okucia"]),
        "CES" => ("Program nawiązuje do ceramicznych tradycji regionu: surowce, technologia wypalania i kontrola jakości.",
            ["prowadzi procesy technologiczne produkcji ceramiki", "kontroluje jakość wyrobów", "obsługuje linie produkcyjne"]),
        "PGF" => ("Uczniowie projektują reklamy, przygotowują kampanie i pracują w programach graficznych.",
            ["projektuje materiały reklamowe", "planuje kampanie reklamowe", "przygotowuje projekty do druku i internetu"]),
        "BPO" => ("Program obejmuje przepisy BHP, ocenę ryzyka zawodowego i organizację bezpiecznej pracy.",
            ["ocenia ryzyko zawodowe", "prowadzi szkolenia BHP", "bada okoliczności wypadków przy pracy"]),
        _ => ("Nauka łączy teorię z praktyką u pracodawców z regionu.",
            ["wykonuje zadania zawodowe zgodnie z dokumentacją", "stosuje przepisy BHP", "współpracuje w zespole"]),
    };
}
