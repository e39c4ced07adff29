using Catalogue.Offers;
using static Catalogue.Indexer.Demo.DemoTexts;

namespace Catalogue.Indexer.Demo;

/// <summary>
/// Courses, trainings and workshops for adults. Firms charge (often with BUR, KFS or voucher funding); libraries,
/// NGOs and labour offices teach for free, the latter two usually from EU projects or vouchers.
/// </summary>
internal static class DemoAdultOffers
{
    public static List<OfferDraft> ForProvider(DemoProvider provider, DemoContext ctx, DemoExternalIds? ids = null)
    {
        ids ??= new DemoExternalIds();
        var templates = DemoCourses.ForTopics(provider.Topics);
        // A provider runs the flagship course of its topics first (as many as it has room for, in random order, so labour
        // offices with many topics differ); the rest are drawn at random.
        var flagshipPool = provider.Topics.Select(topic => templates.FirstOrDefault(t => t.Topic == topic)).OfType<CourseTemplate>().ToList();
        var flagships = Sample(ctx.Random, flagshipPool, Math.Min(flagshipPool.Count, provider.OfferCount));
        var others = Sample(ctx.Random, templates.Except(flagshipPool).ToList(), provider.OfferCount - flagships.Count);
        return flagships.Concat(others).Select(t => Offer(provider, t, ctx, ids)).ToList();
    }

    private static OfferDraft Offer(DemoProvider provider, CourseTemplate template, DemoContext ctx, DemoExternalIds ids)
    {
        var random = ctx.Random;
        var role = provider.Role;
        var mode = ChooseMode(random, template.Modes, role);
        var hours = template.MinHours == template.MaxHours ? template.MinHours : random.Next(template.MinHours, template.MaxHours + 1);
        var free = role is DemoRole.Library or DemoRole.LabourOffice or DemoRole.Ngo || template.MaxPrice == 0;
        var training = template.Kind is "kurs" or "szkolenie";
        var funding = Funding(random, role, free, training);
        var price = free ? (decimal?)null : Price(random, Math.Max(200, template.MinPrice), Math.Max(200, template.MaxPrice));
        var weekend = mode == "niestacjonarne";
        var starts = ctx.Calendar.Editions(ctx.Calendar.CourseStart(weekend: weekend), random.Next(1, 4), weekend);
        var places = template.Topic switch { "language" => random.Next(6, 13), "seniors" or "addiction" => random.Next(12, 31), _ => random.Next(8, 21) };
        var hoursPerWeek = template.Topic is "seniors" or "addiction" or "language" or "polish" ? 4 : weekend ? 16 : 20;
        var runs = starts.Select(start => DemoCalendar.Run(start, CourseEnd(start, hours, hoursPerWeek, weekend), ctx.Calendar.Deadline(start, 3, 21), places, price)).ToList();
        var (target, requirements) = DemoCourses.Defaults(template.Topic);
        var labourOffice = role == DemoRole.LabourOffice;
        var locations = mode == "online" ? [] : Locations(random, provider);
        // The sentence names the town where the course is actually held, which for a firm may be a branch.
        var town = locations.Count > 0 ? ctx.Places[locations[0].City] : provider.Place;
        var draft = new OfferDraft
        {
            ExternalId = "", Sector = Sector.Adult, Kind = template.Kind,
            Title = !labourOffice ? template.Title
                : training ? $"{template.Title} – szkolenie dla osób bezrobotnych" : $"{template.Title} – dla osób zarejestrowanych w urzędzie pracy",
            Description = Describe(template.Lead, role == DemoRole.Library ? null : ModeSentence(random, mode, town), RoleSentence(random, provider, funding, training),
                labourOffice && funding.Contains("bon") ? null : FundingSentence(funding)),
            LearningOutcomes = Sample(random, template.Outcomes, Math.Max(2, random.Next(2, template.Outcomes.Length + 1))),
            AdmissionRequirements = labourOffice ? requirements + " Skierowanie z powiatowego urzędu pracy." : requirements,
            TargetGroup = labourOffice ? $"Osoby bezrobotne i poszukujące pracy zarejestrowane w {Locative(provider.Draft.Name)}" : template.Target ?? target,
            IscedCodes = [template.Isced],
            Mode = mode, IsOnline = mode is "online" or "hybrydowe",
            Languages = template.Languages,
            DurationHours = hours,
            IsFree = free,
            Funding = funding,
            Certificate = template.Certificate,
            Runs = runs,
            Locations = locations,
        };
        return DemoContext.Stamp(draft, provider, ids, template.Tag);
    }

    private static string ChooseMode(Random random, string modes, DemoRole role)
    {
        // Libraries and labour offices teach on site; a template that allows it is held there in person.
        if (role is DemoRole.Library or DemoRole.LabourOffice && modes.Contains('s', StringComparison.Ordinal)) return "stacjonarne";
        return Pick(random, modes.ToCharArray()) switch { 's' => "stacjonarne", 'n' => "niestacjonarne", 'o' => "online", _ => "hybrydowe" };
    }

    private static List<string> Funding(Random random, DemoRole role, bool free, bool training) => role switch
    {
        // Vouchers and EU training projects pay for training; counselling and workshops of a labour office are simply free.
        DemoRole.LabourOffice when !training => [],
        DemoRole.LabourOffice => [random.Next(2) == 0 ? "eu" : "bon"],
        DemoRole.Ngo => random.Next(100) < 60 ? ["eu"] : [],
        _ when free => [],
        _ => random.Next(100) < 75 ? Sample(random, ["bur", "kfs", "bon"], random.Next(1, 3)) : [],
    };

    private static string? RoleSentence(Random random, DemoProvider provider, List<string> funding, bool training) => provider.Role switch
    {
        DemoRole.LabourOffice when !training => "Udział jest bezpłatny dla osób zarejestrowanych w urzędzie pracy.",
        DemoRole.Library => "Zajęcia odbywają się w czytelni biblioteki; udział jest bezpłatny, obowiązują zapisy w wypożyczalni lub telefonicznie.",
        // The EU funding sentence already says the course is free; labour offices then only add the training allowance.
        DemoRole.LabourOffice => funding.Contains("eu")
            ? "Uczestnikom przysługuje stypendium szkoleniowe."
            : "Szkolenie jest bezpłatne dla osób zarejestrowanych w urzędzie; uczestnikom przysługuje stypendium szkoleniowe.",
        DemoRole.Ngo when funding.Count == 0 =>
            Pick(random, ["Udział jest bezpłatny.", "Zajęcia są bezpłatne, a liczba miejsc ograniczona.", "Zapewniamy materiały i poczęstunek; udział jest bezpłatny."]),
        DemoRole.Ngo => Pick(random, ["Liczba miejsc jest ograniczona.", "Zapewniamy materiały i poczęstunek."]),
        _ => random.Next(100) < 75 ? Extra(random) : null,
    };

    // A firm with branches holds some groups at a branch, and some courses at both sites.
    private static List<LocationDraft> Locations(Random random, DemoProvider provider)
    {
        if (provider.Branches.Count == 0) return [provider.Home];
        return random.Next(100) switch
        {
            < 50 => [provider.Home],
            < 75 => [Pick(random, provider.Branches)],
            _ => [provider.Home, Pick(random, provider.Branches)],
        };
    }

    private static DateOnly CourseEnd(DateOnly start, int hours, int hoursPerWeek, bool weekend)
    {
        // Intensive trainings run 8 hours a day; courses meet a few times a week, and languages or seniors' classes weekly.
        if (hours <= 8 || (hours <= 24 && hoursPerWeek >= 16)) return start.AddDays(Math.Max(0, (int)Math.Ceiling(hours / 8.0) - 1));
        var weeks = (int)Math.Ceiling(hours / (double)hoursPerWeek);
        return start.AddDays((weeks * 7) - (weekend ? 6 : 3));
    }

    // "Powiatowy Urząd Pracy w Łasku" → "(w) Powiatowym Urzędzie Pracy w Łasku": the only name the demo declines.
    private static string Locative(string labourOffice) =>
        labourOffice.Replace("Powiatowy Urząd Pracy", "Powiatowym Urzędzie Pracy", StringComparison.Ordinal);
}
