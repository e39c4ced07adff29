using Catalogue.Search.Lucene;

namespace Catalogue.Bench;

/// <summary>
/// Where a search spends its time in the engine alone (no HTTP): the same words with facets and highlights switched
/// on and off. Run under <c>dotnet-trace</c> for a profile: <c>dotnet run -c Release --project bench -- profile --rounds 10</c>.
/// </summary>
internal static class Profile
{
    private static readonly string[] Words =
        ["spawacz", "informatyk", "księgowość", "fryzjer", "angielski", "mechanik samochodowy", "kurs online", "programowanie", "opiekun", "lodz"];

    public static async Task<int> RunAsync(string[] args)
    {
        var directory = Path.GetFullPath(LargeCatalogue.Option(args, "--data") ?? "bench/results/data-20000");
        var rounds = int.Parse(LargeCatalogue.Option(args, "--rounds") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        using var index = new LuceneSearchIndex(Path.Combine(directory, "index"), TimeProvider.System);
        var variants = new (string Name, OfferQuery Query)[]
        {
            ("words only", new OfferQuery { IncludeFacets = false, IncludeHighlights = false }),
            ("+ facets", new OfferQuery { IncludeHighlights = false }),
            ("+ highlights", new OfferQuery { IncludeFacets = false }),
            ("all", new OfferQuery()),
            ("all + 2 filters", new OfferQuery { Powiats = ["1061"], Sectors = [Catalogue.Offers.Sector.Adult] }),
        };
        // Warm every variant first, so that JIT tiering does not flatter the later ones.
        foreach (var (_, query) in variants)
            for (var i = 0; i < 300; i++) await index.SearchAsync(query with { Text = Words[i % Words.Length] }, CancellationToken.None);

        foreach (var (name, query) in variants)
        {
            var n = 200 * rounds;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < n; i++) await index.SearchAsync(query with { Text = Words[i % Words.Length] }, CancellationToken.None);
            Console.WriteLine($"{name,-18} {watch.Elapsed.TotalMilliseconds / n:N2} ms/search");
        }
        var suggest = Stopwatch.StartNew();
        for (var i = 0; i < 200; i++) await index.SuggestAsync(Words[i % Words.Length][..3], 10, CancellationToken.None);
        Console.WriteLine($"{"suggest",-18} {suggest.Elapsed.TotalMilliseconds / 200:N2} ms");
        return 0;
    }
}
