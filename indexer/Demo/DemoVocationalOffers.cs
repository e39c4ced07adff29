using Catalogue.Offers;
using Catalogue.Vocabularies;
using static Catalogue.Indexer.Demo.DemoTexts;

namespace Catalogue.Indexer.Demo;

/// <summary>
/// Offers of the vocational sector: classes of technika, branżowe szkoły I and II stopnia and szkoły policealne for a
/// school, and KKZ/KUZ courses for centres. Public schools teach for free; every class starts with the school year.
/// </summary>
internal static class DemoVocationalOffers
{
    private static readonly string[] SchoolExtras =
    [
        "Uczniowie odbywają praktyki zawodowe u pracodawców w {0} i okolicy.",
        "Uczniowie mogą wyjechać na staże zagraniczne w programie Erasmus+.",
        "Szkoła prowadzi internat i stołówkę dla uczniów z innych miejscowości.",
        "Najlepsi uczniowie otrzymują stypendia fundowane przez lokalnych przedsiębiorców.",
        "Zajęcia praktyczne odbywają się w nowocześnie wyposażonych pracowniach szkolnych.",
        "Absolwenci kontynuują naukę na uczelniach regionu lub od razu podejmują pracę w zawodzie.",
    ];

    // Policealne schools teach in 2–4 semesters depending on the profession's programme.
    private static int PolicealnaSemesters(string code) => code switch
    {
        "532102" or "321104" or "341201" => 2,
        "325102" or "325509" => 3,
        "321301" => 5,
        _ => 4,
    };

    public static List<OfferDraft> ForSchool(DemoProvider school, string theme, DemoContext ctx)
    {
        var random = ctx.Random;
        var (technikum, branzowaI, policealna) = DemoSchools.Theme(theme);
        var ids = new DemoExternalIds();
        var offers = new List<OfferDraft>();
        foreach (var code in Sample(random, technikum, random.Next(2, 4)))
            offers.Add(SchoolClass(school, "technikum", code, null, ctx, ids));
        var bsCount = theme == "crafts" ? random.Next(4, 7) : random.Next(1, 4);
        foreach (var code in Sample(random, branzowaI, bsCount))
        {
            offers.Add(SchoolClass(school, "branzowa-i", code, null, ctx, ids));
            if (DemoSchools.SecondStage(code) is { } next && random.Next(100) < (theme == "crafts" ? 70 : 30))
                offers.Add(SchoolClass(school, "branzowa-ii", next, code, ctx, ids));
        }
        var policealnaCount = theme is "medical" or "office" ? random.Next(4, 7) : random.Next(100) < 30 ? 1 : 0;
        foreach (var code in Sample(random, policealna, policealnaCount))
            offers.Add(SchoolClass(school, "szkola-policealna", code, null, ctx, ids));
        if (technikum.Length > 0 && random.Next(100) < 40)
        {
            var qualifications = technikum.SelectMany(p => ctx.Vocabularies.Professions.Find(p)?.Qualifications ?? []).Distinct().ToList();
            if (qualifications.Count > 0) offers.Add(Kkz(school, Pick(random, qualifications), ctx, ids));
        }
        return offers;
    }

    private static OfferDraft SchoolClass(DemoProvider school, string kind, string code, string? fromCode, DemoContext ctx, DemoExternalIds ids)
    {
        var random = ctx.Random;
        var profession = ctx.Vocabularies.Professions.Find(code) ?? throw new KeyNotFoundException($"Profession {code} is not in the vocabulary.");
        var name = profession.Label;
        var qualifications = profession.Qualifications ?? [];
        var (branzaLead, branzaOutcomes) = DemoProfessions.Branza(profession.Broader);
        var semesters = kind switch { "technikum" => 10, "branzowa-i" => 6, "branzowa-ii" => 4, _ => PolicealnaSemesters(code) };
        var mode = kind switch
        {
            "technikum" or "branzowa-i" => "stacjonarne",
            "branzowa-ii" => random.Next(2) == 0 ? "stacjonarne" : "niestacjonarne",
            _ => random.Next(100) < 65 ? "niestacjonarne" : "stacjonarne",
        };
        var start = ctx.Calendar.SchoolYearStart();
        var end = kind switch
        {
            "technikum" => DemoCalendar.SchoolEnd(start, 5, endsWithMatura: true),
            "branzowa-i" => DemoCalendar.SchoolEnd(start, 3, endsWithMatura: false),
            "branzowa-ii" => DemoCalendar.SchoolEnd(start, 2, endsWithMatura: true),
            _ => DemoCalendar.SemestersEnd(start, semesters),
        };
        var places = kind switch { "technikum" => random.Next(26, 33), "branzowa-i" => random.Next(16, 29), _ => random.Next(20, 31) };
        var run = DemoCalendar.Run(start, end, ctx.Calendar.Deadline(start, 40, 75), places, null);
        var title = Capitalise(name) + kind switch
        {
            "technikum" => " – technikum (5 lat)",
            "branzowa-i" => " – branżowa szkoła I stopnia",
            "branzowa-ii" => " – branżowa szkoła II stopnia",
            _ => mode == "niestacjonarne" ? " – szkoła policealna dla dorosłych (zaoczna)" : " – szkoła policealna",
        };
        var qualificationText = qualifications.Count == 0 ? "" : $" z kwalifikacji {string.Join(" i ", qualifications)}";
        var lead = Pick(random, [
            $"Kształcimy w zawodzie {name} (symbol {code}); nauka trwa {Duration(semesters)} i kończy się egzaminem zawodowym{qualificationText}.",
            $"Klasa w zawodzie {name} ({code}) przygotowuje do egzaminu zawodowego{qualificationText}.",
            $"Nauka w zawodzie {name} trwa {Duration(semesters)}; egzamin zawodowy{qualificationText} potwierdza kwalifikacje.",
        ]);
        var outcomes = Sample(random, branzaOutcomes, random.Next(2, 4));
        if (qualifications.Count > 0) outcomes.Add($"zdaje egzamin zawodowy{qualificationText}");
        var fromName = fromCode is null ? null : ctx.Vocabularies.Professions.Find(fromCode)?.Label;
        var draft = new OfferDraft
        {
            ExternalId = "", Sector = Sector.Vocational, Kind = kind, Title = title,
            Description = Describe(lead, kind == "szkola-policealna" ? ForAdults(branzaLead) : branzaLead,
                random.Next(100) < 70 ? string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(random, SchoolExtras), school.Place.Locative) : null),
            LearningOutcomes = outcomes,
            AdmissionRequirements = kind switch
            {
                "technikum" or "branzowa-i" => "Świadectwo ukończenia szkoły podstawowej, wynik egzaminu ósmoklasisty oraz zaświadczenie lekarskie o braku przeciwwskazań do nauki zawodu.",
                "branzowa-ii" => $"Świadectwo ukończenia branżowej szkoły I stopnia w zawodzie {fromName}.",
                _ => "Wykształcenie średnie lub średnie branżowe (matura nie jest wymagana) oraz zaświadczenie lekarskie o braku przeciwwskazań do nauki zawodu.",
            },
            TargetGroup = kind switch
            {
                "technikum" or "branzowa-i" => "Absolwenci szkoły podstawowej",
                "branzowa-ii" => $"Absolwenci branżowej szkoły I stopnia (zawód {fromName})",
                _ => "Dorośli z wykształceniem średnim, także bez matury",
            },
            PrkLevel = kind == "branzowa-i" ? 3 : 4,
            IscedCodes = [DemoProfessions.Isced(code)],
            ProfessionCodes = [code],
            QualificationCodes = qualifications,
            Mode = mode,
            DurationSemesters = semesters,
            IsFree = true,
            Certificate = kind switch
            {
                "technikum" => "Dyplom zawodowy technika oraz świadectwo dojrzałości po zdaniu matury",
                "branzowa-i" => "Świadectwo ukończenia szkoły i dyplom zawodowy po zdaniu egzaminu zawodowego",
                "branzowa-ii" => "Dyplom zawodowy technika; możliwość przystąpienia do matury",
                _ => "Dyplom zawodowy po zdaniu egzaminów zawodowych",
            },
            Runs = [run],
            Locations = [school.Home],
        };
        var tag = kind switch { "technikum" => "TE", "branzowa-i" => "BS1", "branzowa-ii" => "BS2", _ => "SP" } + "-" + (profession.Broader ?? "ZAW");
        return DemoContext.Stamp(draft, school, ids, tag);
    }

    /// <summary>A kwalifikacyjny kurs zawodowy: one qualification, ending with the state vocational exam.</summary>
    public static OfferDraft Kkz(DemoProvider provider, string qualificationCode, DemoContext ctx, DemoExternalIds ids)
    {
        var random = ctx.Random;
        var qualification = ctx.Vocabularies.Qualifications.Find(qualificationCode)
            ?? throw new KeyNotFoundException($"Qualification {qualificationCode} is not in the vocabulary.");
        var professions = ProfessionsOf(ctx.Vocabularies, qualificationCode);
        // A qualification also taught at a branżowa szkoła I stopnia is a level-3 one; the others are technician level 4.
        var level = professions.Any(p => p.SchoolTypes?.Contains("BS I") == true) ? 3 : 4;
        var (branzaLead, branzaOutcomes) = DemoProfessions.Branza(qualification.Broader);
        var mode = random.Next(100) switch { < 60 => "niestacjonarne", < 85 => "hybrydowe", _ => "online" };
        var funding = provider.IsPublic ? new List<string>() : Sample(random, ["bon", "kfs"], random.Next(1, 3));
        var starts = Sample(random, [ctx.Calendar.SchoolYearStart(), ctx.Calendar.WinterIntakeStart()], random.Next(1, 3)).Order().ToList();
        var semesters = random.Next(2, 4);
        var price = provider.IsPublic ? (decimal?)null : Price(random, 1200, 3200, 100);
        var hours = random.Next(30, 71) * 10;
        var draft = new OfferDraft
        {
            ExternalId = "", Sector = Sector.Vocational, Kind = "kkz",
            Title = $"KKZ {qualification.Code} – {qualification.Label}",
            Description = Describe(
                $"Kwalifikacyjny kurs zawodowy przygotowuje do egzaminu potwierdzającego kwalifikację {qualification.Code} – {qualification.Label}.",
                ForAdults(branzaLead), ModeSentence(random, mode, provider.Place), FundingSentence(funding),
                level == 4 ? "Po zdaniu egzaminów ze wszystkich kwalifikacji zawodu i uzyskaniu wykształcenia średniego można otrzymać dyplom technika." : null),
            LearningOutcomes = [.. Sample(random, branzaOutcomes, 2), $"przystępuje do egzaminu zawodowego z kwalifikacji {qualification.Code}"],
            AdmissionRequirements = "Ukończona szkoła podstawowa i ukończone 18 lat (lub zgoda dyrektora); zaświadczenie lekarskie o braku przeciwwskazań do pracy w zawodzie.",
            TargetGroup = "Dorośli, którzy chcą zdobyć lub zmienić zawód, oraz absolwenci szkół uzupełniający kwalifikacje",
            PrkLevel = level,
            IscedCodes = [.. professions.Select(p => DemoProfessions.TryIsced(p.Code)).OfType<string>().Take(1)],
            ProfessionCodes = [.. professions.Select(p => p.Code)],
            QualificationCodes = [qualification.Code],
            Mode = mode, IsOnline = mode is "online" or "hybrydowe",
            DurationHours = hours,
            IsFree = provider.IsPublic,
            Funding = funding,
            Certificate = $"Certyfikat kwalifikacji zawodowej {qualification.Code} po zdaniu egzaminu oraz zaświadczenie o ukończeniu kursu",
            Runs = [.. starts.Select(s => DemoCalendar.Run(s, DemoCalendar.SemestersEnd(s, semesters), ctx.Calendar.Deadline(s, 7, 30), random.Next(15, 31), price))],
            Locations = [provider.Home],
        };
        return DemoContext.Stamp(draft, provider, ids, "KKZ-" + qualification.Code.Replace(".", "", StringComparison.Ordinal));
    }

    internal static List<VocabularyTerm> ProfessionsOf(CatalogueVocabularies vocabularies, string qualificationCode) =>
        vocabularies.Professions.Terms.Where(p => p.Qualifications?.Contains(qualificationCode) == true).ToList();

    /// <summary>Adults in KKZ and KUZ are "słuchacze", not "uczniowie".</summary>
    internal static string ForAdults(string sentence) => sentence.Replace("Uczniowie", "Słuchacze", StringComparison.Ordinal);

    internal static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Duration(int semesters) => semesters % 2 == 0
        ? Count(semesters / 2, "rok", "lata", "lat")
        : Count(semesters, "semestr", "semestry", "semestrów");
}
