using System.Web;
using Catalogue.Offers;
using Catalogue.Search.Lucene;

namespace Catalogue.Bench;

/// <summary>
/// The engine alone (no HTTP, one thread) on the bench's own request paths: what one search of the wrk mix costs in
/// CPU, with less noise than a loaded server. <c>dotnet run -c Release --project bench -- profile-paths --data
/// bench/results/data-20000 --paths bench/results/queries.txt [--rounds N]</c>. Towns near which to search are read as
/// Łódź's coordinates: the cost of a distance filter does not depend on the town.
/// </summary>
internal static class ProfilePaths
{
    public static async Task<int> RunAsync(string[] args)
    {
        var directory = Path.GetFullPath(LargeCatalogue.Option(args, "--data") ?? "bench/results/data-20000");
        var paths = File.ReadAllLines(Path.GetFullPath(LargeCatalogue.Option(args, "--paths") ?? "bench/results/queries.txt"));
        var rounds = int.Parse(LargeCatalogue.Option(args, "--rounds") ?? "3", CultureInfo.InvariantCulture);
        var queries = paths.Where(p => p.Length > 0).Select(Parse).ToList();
        if (args.Contains("--plans"))
        {
            foreach (var text in queries.Select(q => q.Text).Distinct())
            {
                var plan = QueryUnderstanding.Default.Plan(text);
                Console.WriteLine($"{text}: {string.Join(" | ", plan.Units.Select(u => string.Join(' ', u.Words) + " [" + string.Join(", ", u.Alternatives) + "]"))}  terms={string.Join(',', plan.Terms.Select(t => t.Type + ":" + t.Value))}");
            }
            return 0;
        }
        using var index = new LuceneSearchIndex(Path.Combine(directory, "index"), TimeProvider.System);
        foreach (var query in queries) await index.SearchAsync(query, CancellationToken.None);
        var totals = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var query in queries) await index.SearchAsync(query, CancellationToken.None);
            totals.Add(watch.Elapsed.TotalMilliseconds / queries.Count);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds / queries.Count);
        }
        var times = new List<(double Ms, string Text)>();
        foreach (var query in queries)
        {
            var watch = Stopwatch.StartNew();
            await index.SearchAsync(query, CancellationToken.None);
            times.Add((watch.Elapsed.TotalMilliseconds, query.Text ?? ""));
        }
        var sorted = totals.Order().ToList();
        var cpuSorted = cpu.Order().ToList();
        Console.WriteLine($"ms/search: best round {sorted[0]:N3}, median round {sorted[sorted.Count / 2]:N3}; CPU ms/search (all threads, GC included): best {cpuSorted[0]:N3}, median {cpuSorted[cpuSorted.Count / 2]:N3} ({rounds} rounds of {queries.Count})");
        Console.WriteLine("slowest texts (mean ms):");
        foreach (var group in times.GroupBy(t => t.Text).Select(g => (g.Key, Ms: g.Average(t => t.Ms))).OrderByDescending(g => g.Ms).Take(12))
            Console.WriteLine($"  {group.Ms,7:N2}  {group.Key}");
        return 0;
    }

    private static OfferQuery Parse(string path)
    {
        var values = HttpUtility.ParseQueryString(path[(path.IndexOf('?', StringComparison.Ordinal) + 1)..]);
        string[] All(string name) => values.GetValues(name) ?? [];
        int? Int(string name) => values[name] is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        return new OfferQuery
        {
            Text = values["q"],
            Sectors = [.. All("sector").Select(s => Enum.Parse<Sector>(s, ignoreCase: true))],
            Kinds = All("kind"),
            Powiats = All("powiat"),
            Levels = [.. All("level").Select(l => int.Parse(l, CultureInfo.InvariantCulture))],
            LevelMin = Int("levelMin"),
            Isced = All("isced"),
            Modes = All("mode"),
            Languages = All("language"),
            Funding = All("funding"),
            Free = values["free"] is { } free ? bool.Parse(free) : null,
            PriceMax = values["priceMax"] is { } price ? decimal.Parse(price, CultureInfo.InvariantCulture) : null,
            Near = values["nearTown"] is null ? null
                : new GeoFilter(51.7592, 19.4560, Int("radiusKm") is { } km ? km : 25, IncludeOnline: false),
            PageSize = Int("pageSize") ?? 20,
        };
    }
}
