using Catalogue.Offers;
using static Catalogue.Indexer.Demo.DemoTexts;

namespace Catalogue.Indexer.Demo;

/// <summary>
/// Offers of higher education: one offer per programme and mode. Studies start on 1 October; postgraduate studies in
/// October or in late February. Full-time studies at public universities are free; part-time ones and every
/// programme of a non-public university are paid per semester.
/// </summary>
internal static class DemoHigherOffers
{
    private static readonly Dictionary<string, string> DisciplineNames = new()
    {
        ["DS010104N"] = "językoznawstwo", ["DS010201N"] = "architektura i urbanistyka", ["DS010204N"] = "informatyka techniczna i telekomunikacja",
        ["DS010208N"] = "inżynieria mechaniczna", ["DS010212N"] = "inżynieria lądowa, geodezja i transport",
        ["DS010213N"] = "automatyka, elektronika, elektrotechnika i technologie kosmiczne", ["DS010301N"] = "nauki farmaceutyczne",
        ["DS010302N"] = "nauki o kulturze fizycznej", ["DS010303N"] = "nauki o zdrowiu", ["DS010304N"] = "nauki medyczne",
        ["DS010401N"] = "rolnictwo i ogrodnictwo", ["DS010501N"] = "ekonomia i finanse", ["DS010503N"] = "nauki o bezpieczeństwie",
        ["DS010504N"] = "nauki o komunikacji społecznej i mediach", ["DS010505N"] = "nauki o polityce i administracji",
        ["DS010506N"] = "nauki o zarządzaniu i jakości", ["DS010507N"] = "nauki prawne", ["DS010509N"] = "pedagogika",
        ["DS010511N"] = "psychologia", ["DS010512N"] = "stosunki międzynarodowe", ["DS010601N"] = "informatyka",
        ["DS010608N"] = "biotechnologia", ["DS010801N"] = "sztuki filmowe i teatralne", ["DS010802N"] = "sztuki muzyczne",
        ["DS010803N"] = "sztuki plastyczne i konserwacja dzieł sztuki",
    };

    private static readonly string[] ProgrammeExtras =
    [
        "Studenci odbywają praktyki u partnerów uczelni z regionu łódzkiego.",
        "Program obejmuje projekty realizowane we współpracy z pracodawcami.",
        "Uczelnia umożliwia wyjazd na semestr za granicę w programie Erasmus+.",
        "Zajęcia prowadzą nauczyciele akademiccy i praktycy z branży.",
        "Najlepsi studenci mogą ubiegać się o stypendium rektora.",
    ];

    private static readonly string[] FullTime =
    [
        "Zajęcia odbywają się od poniedziałku do piątku.",
        "Zajęcia odbywają się w dni robocze w budynkach uczelni.",
        "Studia stacjonarne obejmują wykłady, ćwiczenia i laboratoria w tygodniu.",
    ];

    public static List<OfferDraft> ForUniversity(DemoProvider university, IReadOnlyList<StudyProgramme> programmes, DemoContext ctx)
    {
        var ids = new DemoExternalIds();
        var offers = new List<OfferDraft>();
        foreach (var programme in programmes)
            foreach (var mode in programme.Modes)
                offers.Add(Offer(university, programme, ModeOf(mode), ctx, ids));
        return offers;
    }

    private static OfferDraft Offer(DemoProvider university, StudyProgramme programme, string mode, DemoContext ctx, DemoExternalIds ids)
    {
        var random = ctx.Random;
        var postgraduate = programme.Kind == "podyplomowe";
        var isFree = university.IsPublic && mode == "stacjonarne" && !postgraduate;
        var perSemester = postgraduate || isFree ? (decimal?)null : SemesterFee(random, university.IsPublic, programme, mode);
        var price = postgraduate ? Price(random, 3000, 9000, 100) : perSemester;
        var funding = postgraduate ? Sample(random, ["kfs", "bur"], random.Next(1, 3)) : [];
        var starts = postgraduate
            ? Sample(random, [ctx.Calendar.AcademicYearStart(), ctx.Calendar.SpringSemesterStart()], random.Next(1, 3)).Distinct().Order().ToList()
            : [ctx.Calendar.AcademicYearStart()];
        var places = programme.Kind switch
        {
            "studia-i" => random.Next(6, 21) * 10,
            "studia-ii" => random.Next(3, 10) * 10,
            "jednolite-magisterskie" => random.Next(4, 26) * 10,
            _ => random.Next(20, 41),
        };
        var runs = starts.Select(start => DemoCalendar.Run(start, DemoCalendar.SemestersEnd(start, programme.Semesters),
            postgraduate ? ctx.Calendar.Deadline(start, 10, 30) : ctx.Calendar.Deadline(start, 60, 100), places, price)).ToList();
        var discipline = DisciplineNames.GetValueOrDefault(programme.Discipline, programme.Field);
        var (lead, outcomes) = DemoStudyFields.Describe(programme.Field, discipline);
        var feeSentence = (isFree, postgraduate) switch
        {
            (true, _) => "Studia stacjonarne na uczelni publicznej są bezpłatne.",
            (_, true) => $"Opłata za całe studia wynosi {price:0} zł; można ją rozłożyć na raty.",
            _ => $"Czesne wynosi {price:0} zł za semestr.",
        };
        var title = postgraduate
            ? $"Studia podyplomowe: {DemoVocationalOffers.Capitalise(programme.Field)}"
            : $"{FieldTitle(programme.Field)} – {KindLabel(programme.Kind)} ({mode})";
        var draft = new OfferDraft
        {
            ExternalId = "", Sector = Sector.Higher, Kind = programme.Kind, Title = title,
            Description = Describe(lead,
                programme.Language == "en" ? "Zajęcia prowadzone są w języku angielskim." : null,
                mode == "stacjonarne" ? Pick(random, FullTime) : ModeSentence(random, mode, university.Place), feeSentence,
                postgraduate ? FundingSentence(funding) : random.Next(100) < 60 ? Pick(random, ProgrammeExtras) : null),
            LearningOutcomes = outcomes,
            AdmissionRequirements = programme.Kind switch
            {
                "studia-ii" => "Dyplom ukończenia studiów pierwszego stopnia; postępowanie kwalifikacyjne na podstawie średniej ocen i rozmowy.",
                "podyplomowe" => "Dyplom ukończenia studiów wyższych (co najmniej pierwszego stopnia).",
                _ => "Świadectwo dojrzałości; kwalifikacja na podstawie wyników egzaminu maturalnego.",
            },
            TargetGroup = programme.Kind switch
            {
                "studia-ii" => "Absolwenci studiów pierwszego stopnia",
                "podyplomowe" => "Absolwenci studiów wyższych, którzy chcą zdobyć nowe kwalifikacje lub uprawnienia",
                _ => "Absolwenci szkół średnich z maturą",
            },
            // Postgraduate certificates are partial qualifications: level 7 when the programme builds on a master's degree.
            PrkLevel = programme.Kind == "studia-i" ? 6 : postgraduate ? (random.Next(3) == 0 ? 6 : 7) : 7,
            IscedCodes = [programme.Isced],
            StudyField = programme.Field,
            Disciplines = [programme.Discipline],
            Mode = mode, IsOnline = mode is "online" or "hybrydowe",
            Languages = programme.Language == "pl" ? ["pl"] : [programme.Language, "pl"],
            DurationSemesters = programme.Semesters,
            IsFree = isFree,
            Funding = funding,
            Certificate = programme.Kind switch
            {
                "studia-i" => $"Dyplom ukończenia studiów pierwszego stopnia – tytuł zawodowy {programme.Title}",
                "studia-ii" => $"Dyplom ukończenia studiów drugiego stopnia – tytuł zawodowy {programme.Title}",
                "jednolite-magisterskie" => $"Dyplom ukończenia jednolitych studiów magisterskich – tytuł zawodowy {programme.Title}",
                _ => "Świadectwo ukończenia studiów podyplomowych",
            },
            Runs = runs,
            Locations = mode == "online" ? [] : [university.Home],
        };
        var tag = programme.Kind switch { "studia-i" => "S1", "studia-ii" => "S2", "jednolite-magisterskie" => "JM", _ => "PD" } + "-" + mode[..2].ToUpperInvariant();
        return DemoContext.Stamp(draft, university, ids, tag);
    }

    private static decimal SemesterFee(Random random, bool isPublic, StudyProgramme programme, string mode)
    {
        // Part-time medicine and dentistry cost several times more than other programmes, as everywhere in Poland.
        if (programme.Isced is "0912" or "0911" && programme.Kind == "jednolite-magisterskie") return Price(random, 18000, 22000, 500);
        return isPublic ? Price(random, 3500, 6000, 100) : mode == "stacjonarne" ? Price(random, 2800, 4500, 100) : Price(random, 2400, 4200, 100);
    }

    private static string ModeOf(char mode) => mode switch
    {
        's' => "stacjonarne",
        'n' => "niestacjonarne",
        'o' => "online",
        'h' => "hybrydowe",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown programme mode."),
    };

    private static string KindLabel(string kind) => kind switch
    {
        "studia-i" => "studia I stopnia",
        "studia-ii" => "studia II stopnia",
        _ => "jednolite studia magisterskie",
    };

    private static string FieldTitle(string field) =>
        field is "lekarski" or "lekarsko-dentystyczny" ? "Kierunek " + field : DemoVocationalOffers.Capitalise(field);
}
