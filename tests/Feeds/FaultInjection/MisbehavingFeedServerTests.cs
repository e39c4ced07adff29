namespace Catalogue.Tests.Feeds.FaultInjection;

/// <summary>
/// A real sync against each misbehaviour of a feed server: the run ends failed with a reason that names the problem,
/// the catalogue is unchanged, the feed's lease is released and its schedule moves on, and the next good answer syncs.
/// Short limits keep the set fast: 1 s to arrive, 100 kB per document, no retries.
/// </summary>
public sealed class MisbehavingFeedServerTests : IAsyncLifetime
{
    private const string Provider = "misbehaving-feed-school";
    private MisbehavingFeedServer _server = null!;
    private IndexingHarness _harness = null!;
    private long _feedId;

    private static string Feed(params string[] ids) =>
        "{\"version\":1,\"offers\":[" + string.Join(",", ids.Select(id =>
            $"{{\"externalId\":\"{id}\",\"sector\":\"adult\",\"kind\":\"kurs\",\"title\":\"Kurs {id} – obsługa kasy\",\"mode\":\"online\"}}")) + "]}";

    public async Task InitializeAsync()
    {
        _server = await MisbehavingFeedServer.StartAsync();
        _server.Body = Feed("a", "b");
        // The real clock: the fetch timeout races a real server.
        _harness = await IndexingHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Feeds:Retries"] = "0", ["Feeds:Timeout"] = "00:00:01", ["Feeds:MaxDocumentBytes"] = "100000", ["Feeds:AllowPrivateNetworks"] = "true",
        }, TimeProvider.System);
        _feedId = await _harness.AddSchoolWithFeedAsync(Provider, "Szkoła z kapryśnym serwerem", _server.Url);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _harness.DisposeAsync();
    }

    private Task<SyncRun> SyncAsync() => _harness.SyncAsync(_feedId);

    [Theory]
    [InlineData(FeedServerFault.SlowBody, "within 1 s")]
    [InlineData(FeedServerFault.CutBody, "ended after 20 of")]
    [InlineData(FeedServerFault.WrongContentLength, "ended after")]
    [InlineData(FeedServerFault.GzipBomb, "larger than the limit")]
    [InlineData(FeedServerFault.RedirectLoop, "redirect")]
    [InlineData(FeedServerFault.WrongContentType, "image/png")]
    [InlineData(FeedServerFault.HtmlPage, "text/html")]
    [InlineData(FeedServerFault.HtmlPageAsJson, "not valid JSON")]
    [InlineData(FeedServerFault.EndlessChunkedBody, "larger than the limit")]
    public async Task Each_misbehaviour_ends_the_run_failed_naming_the_problem_and_changes_nothing(FeedServerFault fault, string reason)
    {
        Assert.Equal(SyncOutcome.Succeeded, (await SyncAsync()).Outcome);
        var before = await OfferSnapshot.OfAsync(_harness.Services, Provider);

        _server.Fault = fault;
        _server.Body = Feed("a", "b", "c");
        var run = await SyncAsync();

        Assert.Equal(SyncOutcome.Failed, run.Outcome);
        Assert.True(run.Reason?.Contains(reason, StringComparison.Ordinal), run.Reason);
        Assert.Equal(before, await OfferSnapshot.OfAsync(_harness.Services, Provider));
        await FailedRun.LeftTheFeedFreeAsync(_harness.Services, _feedId, run);

        _server.Fault = null;
        var next = await SyncAsync();
        Assert.Equal((SyncOutcome.Succeeded, 1, 2), (next.Outcome, next.Created, next.Unchanged));
    }
}
