using Microsoft.Extensions.Time.Testing;

namespace Catalogue.Tests.Feeds;

/// <summary>The store decides who syncs a feed: one running run per feed, taken over only when its holder is gone.</summary>
public sealed class FeedSyncLeaseTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "catalogue-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private ProviderFeed _feed = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        await using var db = Store();
        await db.Database.MigrateAsync();
        db.Providers.Add(new Provider { Id = "lease-school", Name = "Zespół Szkół w Łasku", Type = "school" });
        _feed = new ProviderFeed { ProviderId = "lease-school", Url = "https://szkola.example/oferta.json", Format = FeedFormat.Json };
        db.ProviderFeeds.Add(_feed);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_feed_held_by_a_live_run_cannot_be_claimed_again_until_that_run_ends()
    {
        await using var db = Store();
        var leases = new FeedSyncLeases(db, _clock);
        var first = await leases.TryClaimAsync(_feed, CancellationToken.None);
        Assert.NotNull(first);
        await using var other = Store();
        Assert.Null(await new FeedSyncLeases(other, _clock).TryClaimAsync(_feed, CancellationToken.None));

        first.Outcome = SyncOutcome.Succeeded;
        await db.SaveChangesAsync();
        Assert.NotNull(await new FeedSyncLeases(other, _clock).TryClaimAsync(_feed, CancellationToken.None));
    }

    [Fact]
    public async Task A_run_held_on_another_machine_is_taken_over_only_after_its_lease_expires_unless_renewed()
    {
        await using var db = Store();
        var run = new SyncRun
        {
            ProviderId = "lease-school", FeedId = _feed.Id, Origin = _feed.Url, StartedAt = _clock.GetUtcNow(),
            LeaseHolder = "another-node|4242|1764752400", LeaseExpiresAt = _clock.GetUtcNow() + FeedSyncLeases.Lease,
        };
        db.SyncRuns.Add(run);
        await db.SaveChangesAsync();
        var leases = new FeedSyncLeases(db, _clock);

        _clock.Advance(FeedSyncLeases.Lease - TimeSpan.FromSeconds(1));
        Assert.Null(await leases.TryClaimAsync(_feed, CancellationToken.None));
        Assert.True(await leases.RenewAsync(run.Id, CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Null(await leases.TryClaimAsync(_feed, CancellationToken.None));

        _clock.Advance(FeedSyncLeases.Lease);
        var taken = await leases.TryClaimAsync(_feed, CancellationToken.None);
        Assert.NotNull(taken);
        var ended = await db.SyncRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id);
        Assert.Equal((SyncOutcome.Failed, FeedSyncLeases.InterruptedReason), (ended.Outcome, ended.Reason));
    }

    [Fact]
    public async Task A_run_held_by_a_process_of_this_machine_that_is_gone_is_taken_over_at_once()
    {
        await using var db = Store();
        db.SyncRuns.Add(new SyncRun
        {
            ProviderId = "lease-school", FeedId = _feed.Id, Origin = _feed.Url, StartedAt = _clock.GetUtcNow(),
            LeaseHolder = $"{Environment.MachineName}|{int.MaxValue}|1764752400", LeaseExpiresAt = _clock.GetUtcNow() + FeedSyncLeases.Lease,
        });
        await db.SaveChangesAsync();
        Assert.NotNull(await new FeedSyncLeases(db, _clock).TryClaimAsync(_feed, CancellationToken.None));
    }

    private CatalogueDbContext Store()
    {
        var options = new DbContextOptionsBuilder<CatalogueDbContext>();
        StoreServiceCollectionExtensions.Configure(options, StoreServiceCollectionExtensions.ConnectionString(_directory));
        return new CatalogueDbContext(options.Options);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
