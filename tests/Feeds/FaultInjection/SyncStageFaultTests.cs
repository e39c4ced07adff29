namespace Catalogue.Tests.Feeds.FaultInjection;

/// <summary>
/// An exception thrown at each stage of a real feed sync (file feed, real SQLite store): the run ends failed with a
/// reason, no offer changes, the feed's lease is released and its schedule moves on, and the next sync works.
/// </summary>
public sealed class SyncStageFaultTests : IAsyncLifetime
{
    private const string Provider = "fault-sync-school";
    private readonly StageFault _fault = new();
    private IndexingHarness _harness = null!;
    private string _file = null!;
    private long _feedId;

    private static string Feed(params string[] ids) =>
        "{\"version\":1,\"offers\":[" + string.Join(",", ids.Select(id =>
            $"{{\"externalId\":\"{id}\",\"sector\":\"adult\",\"kind\":\"kurs\",\"title\":\"Kurs {id} – obsługa kasy\",\"mode\":\"online\"}}")) + "]}";

    public async Task InitializeAsync()
    {
        _harness = await IndexingHarness.StartAsync(configure: services => services.AddSingleton<IPipelineProbe>(_fault));
        _file = Path.Combine(_harness.DataDirectory, "oferta.json");
        await File.WriteAllTextAsync(_file, Feed("a", "b", "c"));
        _feedId = await _harness.AddSchoolWithFeedAsync(Provider, "Szkoła z usterką", _file);
        Assert.Equal(SyncOutcome.Succeeded, (await SyncAsync()).Outcome);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<SyncRun> SyncAsync() => _harness.SyncAsync(_feedId);

    [Theory]
    [MemberData(nameof(StageFault.Stages), MemberType = typeof(StageFault))]
    public async Task An_exception_at_any_stage_ends_the_run_failed_with_a_reason_releases_the_feed_and_changes_no_offer(PipelineStage stage)
    {
        var before = await OfferSnapshot.OfAsync(_harness.Services, Provider);
        // Creates d, withdraws c: every stage up to the commit has work to do.
        await File.WriteAllTextAsync(_file, Feed("a", "b", "d"));
        _harness.FakeClock.Advance(TimeSpan.FromMinutes(1));
        _fault.ThrowAt = stage;

        var run = await SyncAsync();

        Assert.Equal(SyncOutcome.Failed, run.Outcome);
        Assert.Contains(nameof(InjectedFaultException), run.Reason, StringComparison.Ordinal);
        Assert.NotNull(run.FinishedAt);
        Assert.Equal(before, await OfferSnapshot.OfAsync(_harness.Services, Provider));
        await FailedRun.LeftTheFeedFreeAsync(_harness.Services, _feedId, run);

        _fault.ThrowAt = null;
        var next = await SyncAsync();
        Assert.Equal((SyncOutcome.Succeeded, 1, 1), (next.Outcome, next.Created, next.Withdrawn));
    }
}
