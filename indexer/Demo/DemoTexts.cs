namespace Catalogue.Indexer.Demo;

/// <summary>
/// Sentences the demo combines into descriptions, so that offers of the same kind still read differently, and the
/// small random helpers every generator uses. Every description ends with <see cref="DemoNotice"/>.
/// </summary>
internal static class DemoTexts
{
    /// <summary>Closes every demo description, so that no reader takes an invented offer for a real one.</summary>
    public const string DemoNotice = "Oferta demonstracyjna – dane przykładowe.";

    private static readonly string[] OnSite =
    [
        "Zajęcia odbywają się stacjonarnie w {0}.",
        "Grupy liczą do 12 osób, więc każdy uczestnik ma czas na ćwiczenia i pytania.",
        "Większość czasu zajmują ćwiczenia praktyczne prowadzone w {0}.",
        "Zajęcia prowadzimy w {0}, w miejscu z łatwym dojazdem komunikacją publiczną.",
    ];

    private static readonly string[] Weekend =
    [
        "Zajęcia odbywają się w weekendy, co pozwala łączyć naukę z pracą zawodową.",
        "Zjazdy odbywają się w soboty i niedziele, średnio co dwa tygodnie.",
        "Harmonogram obejmuje zajęcia popołudniowe i weekendowe w {0}.",
    ];

    private static readonly string[] Online =
    [
        "Zajęcia odbywają się na żywo na platformie internetowej; nagrania są dostępne przez 30 dni.",
        "Kurs prowadzony jest zdalnie – wystarczy komputer z dostępem do internetu i kamerą.",
        "Materiały, ćwiczenia i konsultacje z prowadzącym są dostępne na platformie e-learningowej.",
    ];

    private static readonly string[] Hybrid =
    [
        "Część teoretyczną prowadzimy online, a zajęcia praktyczne stacjonarnie w {0}.",
        "Kurs łączy spotkania w {0} z zajęciami na platformie internetowej.",
    ];

    private static readonly string[] Extras =
    [
        "Prowadzący to praktycy z wieloletnim doświadczeniem zawodowym.",
        "Program uwzględnia aktualne przepisy i oczekiwania pracodawców z regionu.",
        "Po zakończeniu pomagamy uczestnikom w przygotowaniu CV i kontakcie z pracodawcami.",
        "Materiały szkoleniowe i przerwy kawowe są wliczone w cenę.",
        "Na zakończenie uczestnicy przystępują do egzaminu wewnętrznego.",
        "Program został przygotowany we współpracy z lokalnymi firmami.",
    ];

    public static string Describe(params string?[] sentences) =>
        string.Join(" ", sentences.Where(s => !string.IsNullOrWhiteSpace(s)).Append(DemoNotice));

    public static string ModeSentence(Random random, string mode, DemoPlace place) => string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        Pick(random, mode switch { "online" => Online, "hybrydowe" => Hybrid, "niestacjonarne" => Weekend, _ => OnSite }),
        place.Locative);

    public static string Extra(Random random) => Pick(random, Extras);

    public static string? FundingSentence(IReadOnlyList<string> funding) => funding switch
    {
        [] => null,
        _ when funding.Contains("eu") => "Udział jest bezpłatny dzięki finansowaniu z projektu Unii Europejskiej (FELD 2021–2027).",
        _ when funding.Contains("bur") => "Usługa jest dostępna w Bazie Usług Rozwojowych, co umożliwia uzyskanie dofinansowania.",
        _ when funding.Contains("kfs") => "Pracodawcy mogą sfinansować udział pracowników ze środków Krajowego Funduszu Szkoleniowego.",
        _ => "Osoby zarejestrowane w urzędzie pracy mogą skorzystać z bonu szkoleniowego.",
    };

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Up to <paramref name="count"/> distinct items in random order (a partial Fisher–Yates shuffle).</summary>
    public static List<T> Sample<T>(Random random, IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var taken = Math.Min(count, pool.Count);
        for (var i = 0; i < taken; i++)
        {
            var j = random.Next(i, pool.Count);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool.GetRange(0, taken);
    }

    /// <summary>A price in PLN rounded to a step, the way providers price (2 450 zł, not 2 437 zł).</summary>
    public static decimal Price(Random random, int min, int max, int step = 50) =>
        (decimal)(Math.Round(random.Next(min, max + 1) / (double)step) * step);

    public static string Count(int n, string one, string few, string many) =>
        $"{n} " + (n == 1 ? one : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? few : many);
}
