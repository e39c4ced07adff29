namespace Catalogue.Tests.Feeds;

/// <summary>
/// A catalogue killed (SIGKILL) in the middle of a feed sync loses nothing: the killed run is recorded as interrupted
/// after the restart, the feed is synced again, and store and index agree.
/// </summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task Killed_mid_sync_the_catalogue_restarts_marks_the_run_interrupted_and_catches_up()
    {
        var directory = CatalogueApiFactory.NewDataDirectory();
        // The first download stops half-way until the process is dead; later downloads are whole.
        var stall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var halfSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var downloads = 0;
        var body = Encoding.UTF8.GetBytes(BigFeed(3000));
        await using var server = await LoopbackServer.StartAsync("/feed", async context =>
        {
            context.Response.ContentType = "application/json";
            if (Interlocked.Increment(ref downloads) > 1) { await context.Response.Body.WriteAsync(body); return; }
            await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
            await context.Response.Body.FlushAsync();
            halfSent.SetResult();
            await stall.Task.WaitAsync(TimeSpan.FromSeconds(90));
        });
        var url = server.Address + "/feed";
        var settings = new Dictionary<string, string> { ["Catalogue__DemoData"] = "false", ["Feeds__AllowPrivateNetworks"] = "true" };
        try
        {
            using (var first = CatalogueProcess.Start(directory, settings))
            {
                Assert.True(await first.WaitForOutputAsync("Catalogue ready", TimeSpan.FromSeconds(60)), first.Output);
                first.Kill();
            }
            await using (var db = Store(directory))
            {
                db.Providers.Add(new Provider { Id = "crash-provider", Name = "Ośrodek Szkoleniowy Awaria", Type = "training-company" });
                db.ProviderFeeds.Add(new ProviderFeed { ProviderId = "crash-provider", Url = url, Format = FeedFormat.Json });
                await db.SaveChangesAsync();
            }

            long killedRun;
            using (var second = CatalogueProcess.Start(directory, settings))
            {
                // Killed while its download is half-way: certainly in the middle of the sync.
                await halfSent.Task.WaitAsync(TimeSpan.FromSeconds(60));
                killedRun = await RunningRunAsync(directory, second) ?? throw new InvalidOperationException("No sync running: " + second.Output);
                second.Kill();
            }
            stall.SetResult();

            using var third = CatalogueProcess.Start(directory, settings);
            Assert.True(await third.WaitForOutputAsync("Catalogue ready", TimeSpan.FromSeconds(60)), third.Output);
            using var client = new HttpClient { BaseAddress = new Uri(third.ListeningUrl() ?? throw new InvalidOperationException(third.Output)) };
            int stored = 0;
            long indexed = 0;
            var caughtUp = await Eventually.TryAsync(async () =>
            {
                await using var db = Store(directory);
                stored = await db.Offers.CountAsync(o => o.Status == Catalogue.Offers.OfferStatus.Active);
                indexed = (await client.GetJsonAsync("/api/v1/offers?pageSize=1&facets=false")).Get<long>("total");
                return stored == 3000 && indexed == stored;
            }, TimeSpan.FromMinutes(2));
            Assert.True(caughtUp, $"stored {stored}, indexed {indexed}: {third.Output}");

            await using var store = Store(directory);
            var runs = await store.SyncRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
            var interrupted = runs.Single(r => r.Id == killedRun);
            Assert.Equal((SyncOutcome.Failed, true), (interrupted.Outcome, interrupted.Reason!.StartsWith("Interrupted", StringComparison.Ordinal)));
            Assert.Equal((SyncOutcome.Succeeded, 3000), (runs[^1].Outcome, runs[^1].Created));
        }
        finally
        {
            stall.TrySetResult();
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, true); } catch (IOException) { }
        }
    }

    /// <summary>The id of the run the process is in the middle of, once the store shows it running.</summary>
    private static async Task<long?> RunningRunAsync(string directory, CatalogueProcess process)
    {
        long? running = null;
        await Eventually.TryAsync(async () =>
        {
            await using var db = Store(directory);
            running = await db.SyncRuns.Where(r => r.Outcome == SyncOutcome.Running).Select(r => (long?)r.Id).FirstOrDefaultAsync();
            return running is not null || process.HasExited;
        }, Eventually.Bound);
        return running;
    }

    private static CatalogueDbContext Store(string directory)
    {
        var options = new DbContextOptionsBuilder<CatalogueDbContext>();
        StoreServiceCollectionExtensions.Configure(options, StoreServiceCollectionExtensions.ConnectionString(directory));
        return new CatalogueDbContext(options.Options);
    }

    private static string BigFeed(int count)
    {
        var json = new StringBuilder("{\"version\":1,\"offers\":[");
        for (var i = 0; i < count; i++)
        {
            if (i > 0) json.Append(',');
            json.Append($"{{\"externalId\":\"K-{i}\",\"sector\":\"adult\",\"kind\":\"szkolenie\",\"title\":\"Szkolenie z obsługi programu {i}\",\"mode\":\"stacjonarne\",\"locations\":[{{\"city\":\"Sieradz\"}}],\"runs\":[{{\"start\":\"2027-0{1 + i % 9}-10\"}}]}}");
        }
        return json.Append("]}").ToString();
    }
}
