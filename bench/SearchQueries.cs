namespace Catalogue.Bench;

/// <summary>
/// Distinct, realistic search paths for the load test: what people type (inflected, with and without Polish letters,
/// now and then a typo) combined with two filters each, so that no cache can answer a repeated question.
/// </summary>
internal static class SearchQueries
{
    private static readonly string[] Words =
    [
        "spawacz", "spawanie", "kurs spawania", "informatyk", "informatyka", "technik informatyk", "programowanie", "programista",
        "księgowość", "ksiegowosc", "kurs księgowości", "fryzjer", "fryzjerstwo", "kosmetyczka", "angielski", "język niemiecki",
        "mechanik", "mechanik samochodowy", "elektryk", "uprawnienia sep", "wózek widłowy", "operator wózków", "prawo jazdy",
        "kucharz", "gastronomia", "hotelarstwo", "logistyk", "magazynier", "pielęgniarstwo", "opiekun medyczny", "opiekun osoby starszej",
        "zarządzanie", "psychologia", "pedagogika", "prawo", "ekonomia", "budownictwo", "geodeta", "automatyk", "mechatronik",
        "excel", "python", "grafika", "marketing", "sprzedawca", "handlowiec", "florystyka", "cukiernik", "piekarz", "murarz",
        "studia podyplomowe", "studia niestacjonarne", "kurs online", "szkolenie bhp", "pierwsza pomoc", "lodz", "Łódź", "piotrkow",
        "infromatyka", "ksiegowa", "spawalnictwo", "fryzjerski", "technik logistyk", "technik ekonomista", "robotyka", "bezplatny kurs",
    ];

    private static readonly string[] Filters =
    [
        "sector=vocational", "sector=adult", "sector=higher", "powiat=1061", "powiat=1062", "powiat=1001", "powiat=1020", "powiat=1008",
        "powiat=1014", "powiat=1016", "mode=stacjonarne", "mode=online", "mode=niestacjonarne", "free=true", "free=false", "level=4",
        "levelMin=6", "kind=kurs", "kind=technikum", "kind=kkz", "funding=kfs", "funding=bur", "priceMax=2000", "language=pl",
        "nearTown=Łódź&radiusKm=25", "nearTown=Sieradz&radiusKm=40", "isced=07", "isced=04",
    ];

    public static int Write(string[] args)
    {
        var count = int.Parse(LargeCatalogue.Option(args, "--count") ?? "600", CultureInfo.InvariantCulture);
        var output = LargeCatalogue.Option(args, "--out") ?? "bench/results/queries.txt";
        var random = new Random(42);
        var paths = new HashSet<string>();
        while (paths.Count < count)
        {
            var word = Words[random.Next(Words.Length)];
            var first = Filters[random.Next(Filters.Length)];
            var second = Filters[random.Next(Filters.Length)];
            if (first.Split('=')[0] == second.Split('=')[0]) continue;
            paths.Add($"/api/v1/offers?q={Uri.EscapeDataString(word)}&{Escape(first)}&{Escape(second)}&pageSize=20");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllLines(output, paths);
        Console.WriteLine($"{paths.Count} distinct search paths → {output}");
        return 0;
    }

    private static string Escape(string filter) =>
        string.Join('&', filter.Split('&').Select(p => p.Split('=') is [var k, var v] ? $"{k}={Uri.EscapeDataString(v)}" : p));
}
