using Catalogue.Indexer.Indexing;

namespace Catalogue.Tests.Feeds;

/// <summary>The scheduler runs a feed when its interval has passed on the clock it was given: driven here by a fake clock.</summary>
public sealed class FeedSchedulerTests
{
    [Fact]
    public async Task A_feed_is_synced_again_only_when_the_clock_passes_its_interval()
    {
        await using var harness = await IndexingHarness.StartAsync();
        var started = harness.Clock.GetUtcNow();
        var file = Path.Combine(harness.DataDirectory, "oferta.json");
        await File.WriteAllTextAsync(file, """{"version":1,"offers":[{"externalId":"Z-1","sector":"adult","kind":"kurs","title":"Kurs zielarstwa","mode":"online"}]}""");
        long due, notDue;
        await using (var scope = harness.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            db.Providers.Add(new Provider { Id = "ziola", Name = "Stowarzyszenie Zielarzy w Opocznie", Type = "ngo" });
            var never = new ProviderFeed { ProviderId = "ziola", Url = file, Format = FeedFormat.Json, IntervalMinutes = 60 };
            var justRun = new ProviderFeed { ProviderId = "ziola", Url = file, Format = FeedFormat.Json, IntervalMinutes = 60, LastRunAt = started };
            db.ProviderFeeds.AddRange(never, justRun);
            await db.SaveChangesAsync();
            (due, notDue) = (never.Id, justRun.Id);
        }
        harness.Services.GetRequiredService<IndexReadiness>().MarkBuilt();
        using var scheduler = ActivatorUtilities.CreateInstance<FeedSchedulerWorker>(harness.Services);
        await scheduler.StartAsync(CancellationToken.None);
        try
        {
            // The first tick runs the feed that never ran, and not the one whose hour has not passed.
            await Eventually.HoldsAsync(async () => await RunsAsync(harness, due) == 1, "the never-synced feed is synced at once");
            Assert.Equal(0, await RunsAsync(harness, notDue));

            harness.FakeClock.Advance(TimeSpan.FromMinutes(61));
            await Eventually.HoldsAsync(async () => await RunsAsync(harness, notDue) == 1, "the other feed is synced once its hour has passed");
            await using var scope = harness.CreateScope();
            var run = await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().SyncRuns.AsNoTracking().SingleAsync(r => r.FeedId == notDue);
            Assert.True(run.StartedAt >= started.AddMinutes(60), $"synced at {run.StartedAt:O}, before its interval passed");
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<int> RunsAsync(IndexingHarness harness, long feedId)
    {
        await using var scope = harness.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().SyncRuns.CountAsync(r => r.FeedId == feedId && r.Outcome != SyncOutcome.Running);
    }
}
