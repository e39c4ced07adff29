using System.Text;
using System.Text.Json;
using Catalogue.Feeds;
using Catalogue.Indexer.Demo;
using Catalogue.Indexer.Feeds;
using Catalogue.Indexer.Hosting;
using Catalogue.Indexer.Indexing;
using Catalogue.Offers;
using Catalogue.Providers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Bench;

/// <summary>
/// The indexer's figures: a full sync of a 20,000-offer JSON, CSV and JSON-LD feed (written like the demo feeds) from a loopback HTTP server into an empty
/// store and index (offers/s end to end), re-syncs of the unchanged feed (honouring and ignoring conditional requests),
/// and freshness — from a stored change to a search that finds it — over 100 changes with the drain polling as in the API.
/// </summary>
internal static class FeedBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = int.Parse(LargeCatalogue.Option(args, "--offers") ?? "20000", CultureInfo.InvariantCulture);
        var vocabularies = new CatalogueVocabularies();
        var drafts = Drafts(count, vocabularies);
        var provider = new ProviderDraft("bench-provider", "Dostawca testowy", "training-company");
        var json = DemoFeeds.Render(provider, FeedFormat.Json, drafts);
        var csv = DemoFeeds.Render(provider, FeedFormat.Csv, drafts);
        var jsonLd = DemoFeeds.Render(provider, FeedFormat.JsonLd, drafts);
        var honour = true;
        byte[] body = json;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var server = builder.Build();
        server.MapGet("/feed", async (HttpContext context) =>
        {
            var etag = $"\"{body.Length}-{body[^10]}\"";
            if (honour && context.Request.Headers.IfNoneMatch == etag) { context.Response.StatusCode = 304; return; }
            context.Response.Headers.ETag = etag;
            context.Response.ContentType = body == csv ? "text/csv" : body == jsonLd ? "text/html" : "application/json";
            await context.Response.Body.WriteAsync(body);
        });
        await server.StartAsync();
        var url = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/feed";

        foreach (var (format, document) in new[] { (FeedFormat.Json, json), (FeedFormat.Csv, csv), (FeedFormat.JsonLd, jsonLd) })
        {
            body = document;
            honour = true;
            var directory = Path.Combine(Path.GetTempPath(), "catalogue-bench", Guid.NewGuid().ToString("N"));
            await using var services = Services(directory);
            var feedId = await PrepareAsync(services, url, format);
            var watch = Stopwatch.StartNew();
            var run = await SyncAsync(services, feedId);
            var syncSeconds = watch.Elapsed.TotalSeconds;
            await DrainAllAsync(services);
            var full = watch.Elapsed.TotalSeconds;
            watch.Restart();
            var conditional = await SyncAsync(services, feedId);
            var conditionalSeconds = watch.Elapsed.TotalSeconds;
            honour = false;
            watch.Restart();
            var hashed = await SyncAsync(services, feedId);
            var hashSeconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine(FormattableString.Invariant(
                $"RESULT format={format} bytes={document.Length} created={run.Created} rejected={run.Rejected} full_s={full:F2} (sync {syncSeconds:F2} + index {full - syncSeconds:F2}) offers_per_s={run.Created / full:F0} resync_conditional_s={conditionalSeconds:F3} ({conditional.Outcome}) resync_hash_s={hashSeconds:F3} ({hashed.Outcome})"));
            if (format == FeedFormat.Json) await FreshnessAsync(services);
        }
        return 0;
    }

    private static async Task FreshnessAsync(ServiceProvider services)
    {
        using var stop = new CancellationTokenSource();
        var drain = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using var scope = services.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<SearchIndexDrain>().DrainBatchAsync(CancellationToken.None) == 0)
                    await Task.Delay(100);
            }
        });
        var index = services.GetRequiredService<ISearchIndex>();
        var latencies = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            var word = $"swiezosc{i:D3}x";
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<OfferWriter>().UpsertAsync("bench-provider", [new OfferDraft
                {
                    ExternalId = $"fresh-{i}", Sector = Sector.Adult, Kind = "kurs", Title = $"Kurs {word}", Mode = "online", IsOnline = true,
                }], OfferSource.Api, false, CancellationToken.None);
            }
            var watch = Stopwatch.StartNew();
            while ((await index.SearchAsync(new OfferQuery { Text = word, IncludeFacets = false }, CancellationToken.None)).Total == 0)
                await Task.Delay(5);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }
        await stop.CancelAsync();
        await drain;
        latencies.Sort();
        Console.WriteLine(FormattableString.Invariant($"RESULT freshness_p50_ms={latencies[49]:F0} freshness_max_ms={latencies[^1]:F0} changes=100"));
    }

    private static ServiceProvider Services(string directory)
    {
        // The feed server runs on 127.0.0.1, which the SSRF guard refuses unless private networks are allowed.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // The loopback feed server; and 20,000 offers as a JSON-LD page weigh 57 MB, over the default 50 MB limit.
            ["Feeds:AllowPrivateNetworks"] = "true", ["Feeds:MaxDocumentBytes"] = "134217728",
        }).Build();
        return new ServiceCollection().AddLogging()
            .AddCatalogueIndexing(configuration, directory, IndexingRole.Writer)
            .BuildServiceProvider();
    }

    private static async Task<long> PrepareAsync(ServiceProvider services, string url, FeedFormat format)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<ProviderWriter>().UpsertAsync([new ProviderDraft("bench-provider", "Dostawca testowy", "training-company")], false, CancellationToken.None);
        var feed = new ProviderFeed { ProviderId = "bench-provider", Url = url, Format = format };
        db.ProviderFeeds.Add(feed);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<SearchIndexDrain>().RebuildAsync(CancellationToken.None);
        return feed.Id;
    }

    private static async Task<SyncRun> SyncAsync(ServiceProvider services, long feedId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedSync>().SyncAsync(feedId, CancellationToken.None);
    }

    private static async Task DrainAllAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var drain = scope.ServiceProvider.GetRequiredService<SearchIndexDrain>();
        while (await drain.DrainBatchAsync(CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>Demo-region offers, renumbered so that one provider publishes them all.</summary>
    private static List<OfferDraft> Drafts(int count, CatalogueVocabularies vocabularies)
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var drafts = new List<OfferDraft>(count);
        for (var region = 0; drafts.Count < count; region++)
            foreach (var draft in DemoCatalogue.Generate(today, vocabularies, 20261125 + region).OffersByProvider.Values.SelectMany(d => d))
            {
                if (drafts.Count == count) break;
                drafts.Add(draft with { ExternalId = $"B-{drafts.Count}" });
            }
        return drafts;
    }
}
