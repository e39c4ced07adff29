using Catalogue.Indexer.Demo;
using Catalogue.Indexer.Hosting;
using Catalogue.Indexer.Indexing;
using Catalogue.Offers;
using Catalogue.Providers;

namespace Catalogue.Bench;

/// <summary>
/// A catalogue of any size that still looks like the region: successive demo regions (deterministic seeds), each with
/// its providers renamed apart, written through the product's own writer, then indexed by the product's own rebuild.
/// </summary>
internal static class LargeCatalogue
{
    public static async Task<int> GenerateAsync(string[] args)
    {
        var target = int.Parse(Option(args, "--offers") ?? "20000", CultureInfo.InvariantCulture);
        var directory = Path.GetFullPath(Option(args, "--data") ?? $"bench/results/data-{target}");
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);

        var configuration = new ConfigurationBuilder().Build();
        await using var services = new ServiceCollection().AddLogging()
            .AddCatalogueIndexing(configuration, directory, IndexingRole.Writer)
            .BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Database.MigrateAsync();

        var vocabularies = services.GetRequiredService<CatalogueVocabularies>();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var written = 0;
        var stored = Stopwatch.StartNew();
        for (var region = 0; written < target; region++)
        {
            var demo = DemoCatalogue.Generate(today, vocabularies, 20261125 + region);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync();
            var suffix = $"-r{region}";
            await scope.ServiceProvider.GetRequiredService<ProviderWriter>().UpsertAsync(
                demo.Providers.Select(p => p with { Id = p.Id + suffix }).ToList(), isDemo: true, CancellationToken.None);
            var writer = scope.ServiceProvider.GetRequiredService<OfferWriter>();
            foreach (var (providerId, drafts) in demo.OffersByProvider)
            {
                var take = drafts.Take(target - written).ToList();
                if (take.Count == 0) break;
                await writer.UpsertAsync(providerId + suffix, take, OfferSource.Demo, isDemo: true, CancellationToken.None);
                written += take.Count;
            }
            await transaction.CommitAsync();
            Console.Write($"\rstored {written:N0} offers");
        }
        Console.WriteLine($"\rstored {written:N0} offers in {stored.Elapsed.TotalSeconds:N1} s");

        await using (var scope = services.CreateAsyncScope())
        {
            var rebuild = Stopwatch.StartNew();
            var indexed = await scope.ServiceProvider.GetRequiredService<SearchIndexDrain>().RebuildAsync(CancellationToken.None);
            var seconds = rebuild.Elapsed.TotalSeconds;
            Console.WriteLine($"rebuild: {indexed:N0} offers in {seconds:N1} s = {indexed / seconds:N0} offers/s");
            Console.WriteLine(FormattableString.Invariant($"RESULT rebuild_offers_per_s={indexed / seconds:F0} offers={indexed}"));
        }
        return 0;
    }

    /// <summary>Rebuilds the index of an existing store and reports offers/s (the rebuild alone, for profiling).</summary>
    public static async Task<int> RebuildAsync(string[] args)
    {
        var directory = Path.GetFullPath(Option(args, "--data") ?? "bench/results/data-20000");
        await using var services = new ServiceCollection().AddLogging()
            .AddCatalogueIndexing(new ConfigurationBuilder().Build(), directory, IndexingRole.Writer)
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        var indexed = await scope.ServiceProvider.GetRequiredService<SearchIndexDrain>().RebuildAsync(CancellationToken.None);
        Console.WriteLine($"rebuild: {indexed:N0} offers in {watch.Elapsed.TotalSeconds:N1} s = {indexed / watch.Elapsed.TotalSeconds:N0} offers/s");
        Console.WriteLine(FormattableString.Invariant($"RESULT rebuild_offers_per_s={indexed / watch.Elapsed.TotalSeconds:F0} offers={indexed}"));
        return 0;
    }

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
