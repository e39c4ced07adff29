using Catalogue.Offers;
using static Catalogue.Indexer.Demo.DemoTexts;

namespace Catalogue.Indexer.Demo;

/// <summary>
/// What a CKZ or CKU teaches adults within the school system: KKZ for whole qualifications, KUZ for a part of one and
/// courses of general competences (kurs kompetencji ogólnych).
/// </summary>
internal static class DemoCentreOffers
{
    // Qualifications whose official names the vocabulary confirms; a KKZ title repeats that name.
    private static readonly string[] KkzQualifications =
    [
        "INF.02", "INF.03", "INF.04", "ELE.02", "ELE.05", "ELM.01", "ELM.03", "ELM.04", "ELM.06", "ELM.07", "BUD.12", "BUD.14",
        "BUD.18", "HGT.02", "HGT.03", "HGT.06", "HGT.12", "FRK.01", "FRK.03", "MOT.02", "MOT.05", "MOT.06", "SPL.01", "SPL.04",
        "EKA.07", "TDR.01",
    ];

    // A KUZ covers part of a qualification's outcomes: (qualification, the part, ISCED field).
    private static readonly (string Qualification, string Part, string Isced)[] KuzParts =
    [
        ("INF.02", "Montaż i konfiguracja lokalnych sieci komputerowych", "0612"),
        ("INF.03", "Tworzenie stron internetowych – HTML, CSS i JavaScript", "0613"),
        ("INF.04", "Programowanie obiektowe i testowanie aplikacji", "0613"),
        ("ELE.02", "Montaż instalacji elektrycznych w budynkach mieszkalnych", "0713"),
        ("MOT.05", "Diagnostyka układów hamulcowych i zawieszenia pojazdów", "0716"),
        ("HGT.02", "Przygotowanie dań kuchni polskiej i regionalnej", "1013"),
        ("FRK.01", "Strzyżenie i modelowanie fryzur męskich", "1012"),
        ("SPL.01", "Gospodarka magazynowa z obsługą programu WMS", "1041"),
        ("EKA.07", "Ewidencja księgowa i sprawozdawczość małej firmy", "0411"),
        ("BUD.12", "Wykonywanie tynków maszynowych", "0732"),
        ("ELM.06", "Programowanie sterowników PLC", "0714"),
        ("HGT.06", "Obsługa recepcji hotelowej", "1013"),
    ];

    private static readonly (string Title, string Isced, string Lead)[] GeneralCourses =
    [
        ("Kurs kompetencji ogólnych – język angielski zawodowy", "0231",
            "Kurs rozwija słownictwo zawodowe i komunikację po angielsku w typowych sytuacjach w pracy."),
        ("Kurs kompetencji ogólnych – matematyka w zawodach technicznych", "0541",
            "Kurs odświeża matematykę potrzebną w zawodach technicznych: obliczenia, jednostki, proporcje i odczyt wykresów."),
        ("Kurs kompetencji ogólnych – kompetencje cyfrowe", "0611",
            "Kurs uczy pracy z pocztą elektroniczną, dokumentami w chmurze i usługami e-administracji."),
    ];

    public static List<OfferDraft> ForCentre(DemoProvider centre, DemoContext ctx)
    {
        var random = ctx.Random;
        var ids = new DemoExternalIds();
        var offers = new List<OfferDraft>();
        foreach (var qualification in Sample(random, KkzQualifications, random.Next(6, 10)))
            offers.Add(DemoVocationalOffers.Kkz(centre, qualification, ctx, ids));
        foreach (var part in Sample(random, KuzParts, random.Next(1, 4)))
            offers.Add(Kuz(centre, part, ctx, ids));
        if (centre.IsPublic)
            foreach (var course in Sample(random, GeneralCourses, random.Next(0, 3)))
                offers.Add(GeneralCompetences(centre, course, ctx, ids));
        return offers;
    }

    private static OfferDraft Kuz(DemoProvider centre, (string Qualification, string Part, string Isced) part, DemoContext ctx, DemoExternalIds ids)
    {
        var random = ctx.Random;
        var professions = DemoVocationalOffers.ProfessionsOf(ctx.Vocabularies, part.Qualification);
        var (branzaLead, _) = DemoProfessions.Branza(part.Qualification[..3]);
        var mode = Pick(random, ["stacjonarne", "niestacjonarne", "niestacjonarne", "online"]);
        var funding = centre.IsPublic ? new List<string>() : Sample(random, ["bon", "kfs", "bur"], random.Next(1, 3));
        var hours = random.Next(3, 21) * 10;
        var price = centre.IsPublic ? (decimal?)null : Price(random, 400, 1500);
        var starts = ctx.Calendar.Editions(ctx.Calendar.CourseStart(weekend: mode == "niestacjonarne"), random.Next(1, 3), mode == "niestacjonarne");
        var draft = new OfferDraft
        {
            ExternalId = "", Sector = Sector.Vocational, Kind = "kuz",
            Title = $"KUZ – {part.Part} ({part.Qualification})",
            Description = Describe(
                $"Kurs umiejętności zawodowych obejmuje część efektów kształcenia kwalifikacji {part.Qualification}: {LowerFirst(part.Part)}.",
                mode != "online" && random.Next(2) == 0 ? DemoVocationalOffers.ForAdults(branzaLead) : null, ModeSentence(random, mode, centre.Place), FundingSentence(funding)),
            LearningOutcomes = [$"wykonuje zadania z zakresu: {LowerFirst(part.Part)}", "korzysta z dokumentacji technicznej i stosuje przepisy BHP",
                $"wykorzystuje umiejętności w przygotowaniu do egzaminu z kwalifikacji {part.Qualification}"],
            AdmissionRequirements = "Ukończone 18 lat; podstawowa wiedza z branży jest mile widziana.",
            TargetGroup = "Pracownicy i osoby dorosłe, które chcą poszerzyć umiejętności zawodowe",
            IscedCodes = [part.Isced],
            ProfessionCodes = [.. professions.Select(p => p.Code)],
            QualificationCodes = [part.Qualification],
            Mode = mode, IsOnline = mode == "online",
            DurationHours = hours,
            IsFree = centre.IsPublic,
            Funding = funding,
            Certificate = "Zaświadczenie MEN o ukończeniu kursu umiejętności zawodowych",
            Runs = [.. starts.Select(s => DemoCalendar.Run(s, s.AddDays(7 * Math.Max(2, hours / 20)), ctx.Calendar.Deadline(s, 5, 20), random.Next(10, 21), price))],
            Locations = mode == "online" ? [] : [centre.Home],
        };
        return DemoContext.Stamp(draft, centre, ids, "KUZ-" + part.Qualification.Replace(".", "", StringComparison.Ordinal));
    }

    private static OfferDraft GeneralCompetences(DemoProvider centre, (string Title, string Isced, string Lead) course, DemoContext ctx, DemoExternalIds ids)
    {
        var random = ctx.Random;
        var mode = Pick(random, ["stacjonarne", "niestacjonarne", "online"]);
        var hours = random.Next(4, 10) * 10;
        var start = ctx.Calendar.CourseStart(weekend: mode == "niestacjonarne");
        var draft = new OfferDraft
        {
            ExternalId = "", Sector = Sector.Vocational, Kind = "kko", Title = course.Title,
            Description = Describe(course.Lead, ModeSentence(random, mode, centre.Place), "Kurs jest bezpłatny dla mieszkańców województwa."),
            LearningOutcomes = ["stosuje nabyte umiejętności w sytuacjach zawodowych", "samodzielnie rozwiązuje typowe zadania", "ocenia własne postępy"],
            AdmissionRequirements = "Ukończone 18 lat.",
            TargetGroup = "Dorośli uzupełniający kompetencje ogólne, także przed egzaminem zawodowym",
            IscedCodes = [course.Isced],
            Mode = mode, IsOnline = mode == "online",
            DurationHours = hours,
            IsFree = true,
            Certificate = "Zaświadczenie o ukończeniu kursu",
            Runs = [DemoCalendar.Run(start, start.AddDays(7 * (hours / 10)), ctx.Calendar.Deadline(start, 3, 14), random.Next(12, 25), null)],
            Locations = mode == "online" ? [] : [centre.Home],
        };
        return DemoContext.Stamp(draft, centre, ids, "KKO");
    }

    private static string LowerFirst(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
