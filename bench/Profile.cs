using System.Diagnostics;
using Catalogue.Search;
using Catalogue.Search.Lucene;

namespace Catalogue.Bench;

/// <summary>Where a search spends its time, engine only (no HTTP, no store): toggles facets, highlights and typo matching.</summary>
internal static class Profile
{
    public static async Task<int> RunAsync(string[] args)
    {
        var directory = Path.GetFullPath(LargeCatalogue.Option(args, "--data") ?? "bench/results/data-20000");
        using var index = new LuceneSearchIndex(Path.Combine(directory, "index"), TimeProvider.System);
        string[] words = ["spawacz", "informatyk", "księgowość", "fryzjer", "angielski", "mechanik samochodowy", "kurs online", "programowanie", "opiekun", "lodz"];
        foreach (var (name, query) in new (string, OfferQuery)[]
        {
            ("text only", new OfferQuery { IncludeFacets = false, IncludeHighlights = false }),
            ("+ facets", new OfferQuery { IncludeFacets = true, IncludeHighlights = false }),
            ("+ highlights", new OfferQuery { IncludeFacets = false, IncludeHighlights = true }),
            ("all", new OfferQuery()),
            ("all + 2 filters", new OfferQuery { Powiats = ["1061"], Sectors = [Catalogue.Offers.Sector.Adult] }),
        })
        {
            for (var warm = 0; warm < 20; warm++) await index.SearchAsync(query with { Text = words[warm % words.Length] }, CancellationToken.None);
            var watch = Stopwatch.StartNew();
            const int n = 200;
            for (var i = 0; i < n * (Environment.GetEnvironmentVariable("PROFILE_LOOPS") is { } l ? int.Parse(l) : 1); i++) await index.SearchAsync(query with { Text = words[i % words.Length] }, CancellationToken.None);
            Console.WriteLine($"{name,-20} {watch.Elapsed.TotalMilliseconds / n:N2} ms/search");
        }
        foreach (var word in words)
        {
            var watch = Stopwatch.StartNew();
            OfferSearchResult? last = null;
            for (var i = 0; i < 50; i++) last = await index.SearchAsync(new OfferQuery { Text = word }, CancellationToken.None);
            var noFacets = Stopwatch.StartNew();
            for (var i = 0; i < 50; i++) await index.SearchAsync(new OfferQuery { Text = word, IncludeFacets = false, IncludeHighlights = false }, CancellationToken.None);
            var all = Stopwatch.StartNew();
            for (var i = 0; i < 50; i++) await index.SearchAsync(new OfferQuery { IncludeFacets = false, IncludeHighlights = false }, CancellationToken.None);
            Console.WriteLine($"  {word,-22} {watch.Elapsed.TotalMilliseconds / 50 - noFacets.Elapsed.TotalMilliseconds / 50:N2} ms all, hits {last!.Total}");
        }
        var suggest = Stopwatch.StartNew();
        for (var i = 0; i < 200; i++) await index.SuggestAsync(words[i % words.Length][..3], 10, CancellationToken.None);
        Console.WriteLine($"{"suggest",-20} {suggest.Elapsed.TotalMilliseconds / 200:N2} ms");
        return 0;
    }
}
