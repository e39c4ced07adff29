using Catalogue.Indexer.Indexing;

namespace Catalogue.Tests.Feeds;

/// <summary>
/// Feeds with broken records, synced for real from files: a broken record is rejected with its row and field while the
/// run finishes and the schedule keeps its interval, and a complete feed of nothing but broken records is held.
/// </summary>
public sealed class BrokenRecordFeedTests : IAsyncLifetime
{
    private const string Provider = "broken-records-school";
    private IndexingHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await IndexingHarness.StartAsync();
        await using var scope = _harness.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ProviderWriter>().UpsertAsync([new ProviderDraft(Provider, "Szkoła z usterkami", "school")], false, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private async Task<long> AddFeedAsync(string name, string content, FeedFormat format)
    {
        var file = Path.Combine(_harness.DataDirectory, name);
        await File.WriteAllTextAsync(file, content);
        await using var scope = _harness.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var feed = new ProviderFeed { ProviderId = Provider, Url = file, Format = format, IntervalMinutes = 60 };
        db.ProviderFeeds.Add(feed);
        await db.SaveChangesAsync();
        return feed.Id;
    }

    private async Task<List<SyncRun>> RunsAsync(long feedId)
    {
        await using var scope = _harness.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().SyncRuns.AsNoTracking().Include(r => r.Rejects)
            .Where(r => r.FeedId == feedId).ToListAsync();
    }

    [Fact]
    public async Task A_csv_feed_whose_last_row_is_short_rejects_that_row_finishes_its_run_and_keeps_its_interval()
    {
        var feedId = await AddFeedAsync("oferta.csv", "externalId;sector;kind;title;mode\nA;adult;kurs;Kurs A;online\nB;adult;kurs\n", FeedFormat.Csv);
        _harness.Services.GetRequiredService<IndexReadiness>().MarkBuilt();
        var scheduler = ActivatorUtilities.CreateInstance<FeedSchedulerWorker>(_harness.Services);

        await scheduler.RunDueFeedsAsync(CancellationToken.None);
        // Within the feed's hour, ticks do not sync it again.
        _harness.FakeClock.Advance(TimeSpan.FromSeconds(15));
        await scheduler.RunDueFeedsAsync(CancellationToken.None);
        _harness.FakeClock.Advance(TimeSpan.FromSeconds(15));
        await scheduler.RunDueFeedsAsync(CancellationToken.None);

        var run = Assert.Single(await RunsAsync(feedId));
        Assert.Equal((SyncOutcome.Succeeded, 1, 1), (run.Outcome, run.Created, run.Rejected));
        var reject = Assert.Single(run.Rejects);
        Assert.Equal((3, "title"), (reject.Row, reject.Field));
    }

    [Fact]
    public async Task A_complete_feed_whose_records_are_all_invalid_is_held_and_withdraws_nothing()
    {
        static string Feed(string sector, string kind) => "{\"version\":1,\"offers\":[" + string.Join(",", new[] { "a", "b" }.Select(id =>
            $"{{\"externalId\":\"{id}\",\"sector\":\"{sector}\",\"kind\":\"{kind}\",\"title\":\"Kurs {id}\",\"mode\":\"online\"}}")) + "]}";
        var feedId = await AddFeedAsync("oferta.json", Feed("adult", "kurs"), FeedFormat.Json);
        await using var scope = _harness.CreateScope();
        var sync = scope.ServiceProvider.GetRequiredService<FeedSync>();
        Assert.Equal(SyncOutcome.Succeeded, (await sync.SyncAsync(feedId, CancellationToken.None)).Outcome);

        // Columns swapped in the export: every record is invalid, though each still names its offer.
        await File.WriteAllTextAsync(Path.Combine(_harness.DataDirectory, "oferta.json"), Feed("kurs", "adult"));
        var run = await sync.SyncAsync(feedId, CancellationToken.None);

        Assert.Equal((SyncOutcome.Held, 0, 2), (run.Outcome, run.Withdrawn, run.Rejected));
        Assert.Contains("Every record", run.Reason, StringComparison.Ordinal);
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        Assert.Equal(2, await db.Offers.CountAsync(o => o.ProviderId == Provider && o.Status == OfferStatus.Active));
    }
}
