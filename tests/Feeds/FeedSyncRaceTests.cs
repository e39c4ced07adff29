namespace Catalogue.Tests.Feeds;

/// <summary>
/// The API's "sync now" and a standalone <c>indexer sync</c>, two operating-system processes on one store, asked to sync
/// the same feed at the same moment: exactly one sync runs, the other is refused (409 from the API, a message and exit
/// code 1 from the command line), and the feed server is asked once.
/// </summary>
public sealed class FeedSyncRaceTests
{
    private const string Provider = "race-school";

    [Fact]
    public async Task Two_processes_asked_to_sync_one_feed_at_once_run_exactly_one_sync()
    {
        var directory = CatalogueApiFactory.NewDataDirectory();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = 0;
        await using var server = await LoopbackServer.StartAsync("/feed", async context =>
        {
            Interlocked.Increment(ref requests);
            await gate.Task.WaitAsync(TimeSpan.FromSeconds(90));
            await context.Response.WriteAsync(
                """{"version":1,"offers":[{"externalId":"R-1","sector":"adult","kind":"kurs","title":"Kurs obsługi wózka widłowego","mode":"stacjonarne","locations":[{"city":"Sieradz"}]}]}""");
        });
        var url = server.Address + "/feed";
        var settings = new Dictionary<string, string>
        {
            ["Catalogue__DemoData"] = "false", ["Catalogue__AdminKey"] = CatalogueApiFactory.AdminKey, ["Feeds__AllowPrivateNetworks"] = "true",
        };
        try
        {
            using var api = CatalogueProcess.Start(directory, settings);
            Assert.True(await api.WaitForOutputAsync("Catalogue ready", TimeSpan.FromSeconds(60)), api.Output);
            var feedId = await AddFeedAsync(directory, url);
            using var client = new HttpClient { BaseAddress = new Uri(api.ListeningUrl()!) };
            client.DefaultRequestHeaders.Add("X-Api-Key", CatalogueApiFactory.AdminKey);

            // The command line announces each feed just before it claims it: ask the API at that moment.
            using var cli = CatalogueProcess.StartIndexer(directory, settings, "sync", "--feed", $"{feedId}");
            Assert.True(await cli.WaitForOutputAsync($"feed {feedId} of {Provider}", TimeSpan.FromSeconds(60)), cli.Output);
            using var sync = await client.PostAsync($"/api/v1/providers/{Provider}/feeds/{feedId}/sync", null);

            if (sync.StatusCode == HttpStatusCode.Accepted)
            {
                Assert.True(await cli.WaitForExitAsync(TimeSpan.FromSeconds(60)), cli.Output);
                Assert.Equal(1, cli.ExitCode);
                Assert.True(cli.Output.Contains("being synced by another run", StringComparison.Ordinal), cli.Output);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Conflict, sync.StatusCode);
                Assert.False(cli.HasExited, "the command line holds the feed while its download waits: " + cli.Output);
            }
            Assert.Equal(1, await RunningRunsAsync(directory, feedId));

            gate.SetResult();
            await Eventually.HoldsAsync(async () => await RunningRunsAsync(directory, feedId) == 0, "the winning sync ends");
            await using var db = Store(directory);
            var runs = await db.SyncRuns.AsNoTracking().Where(r => r.FeedId == feedId).ToListAsync();
            Assert.Equal([SyncOutcome.Succeeded], runs.Select(r => r.Outcome));
            Assert.Equal(1, runs[0].Created);
            Assert.Equal(1, Volatile.Read(ref requests));
        }
        finally
        {
            gate.TrySetResult();
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, true); } catch (IOException) { }
        }
    }

    private static async Task<long> AddFeedAsync(string directory, string url)
    {
        await using var db = Store(directory);
        db.Providers.Add(new Provider { Id = Provider, Name = "Centrum Kształcenia Zawodowego w Sieradzu", Type = "school" });
        // Never due for the scheduler (its last run dated far ahead): only the two requests below ask for it.
        var feed = new ProviderFeed { ProviderId = Provider, Url = url, Format = FeedFormat.Json, IntervalMinutes = 10080, LastRunAt = DateTimeOffset.UnixEpoch.AddYears(100) };
        db.ProviderFeeds.Add(feed);
        await db.SaveChangesAsync();
        return feed.Id;
    }

    private static async Task<int> RunningRunsAsync(string directory, long feedId)
    {
        await using var db = Store(directory);
        return await db.SyncRuns.CountAsync(r => r.FeedId == feedId && r.Outcome == SyncOutcome.Running);
    }

    private static CatalogueDbContext Store(string directory)
    {
        var options = new DbContextOptionsBuilder<CatalogueDbContext>();
        StoreServiceCollectionExtensions.Configure(options, StoreServiceCollectionExtensions.ConnectionString(directory));
        return new CatalogueDbContext(options.Options);
    }
}
