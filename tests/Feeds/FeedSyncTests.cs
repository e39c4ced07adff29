namespace Catalogue.Tests.Feeds;

/// <summary>Feed syncs against a real feed server on 127.0.0.1 that can be told to misbehave.</summary>
public sealed class FeedSyncTests : IAsyncLifetime
{
    private const string Provider = "feed-school";
    private WebApplication _server = null!;
    private IndexingHarness _harness = null!;
    private ServiceProvider _services = null!;
    private long _feedId;
    private volatile string _body = Feed("a", "b");
    private volatile string _contentType = "application/json";
    private volatile int _status = 200;
    private volatile bool _honourETag = true;
    private int _delayMs;
    private int _requests;

    private static string Feed(params string[] ids) =>
        "{\"version\":1,\"offers\":[" + string.Join(",", ids.Select(id =>
            $"{{\"externalId\":\"{id}\",\"sector\":\"adult\",\"kind\":\"kurs\",\"title\":\"Kurs {id} – obsługa kasy\",\"mode\":\"online\"}}")) + "]}";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.MapGet("/feed", async (HttpContext context) =>
        {
            Interlocked.Increment(ref _requests);
            if (_delayMs > 0) await Task.Delay(_delayMs);
            if (_status != 200) { context.Response.StatusCode = _status; return; }
            var etag = $"\"{(uint)_body.GetHashCode():x}\"";
            if (_honourETag && context.Request.Headers.IfNoneMatch == etag) { context.Response.StatusCode = 304; return; }
            context.Response.Headers.ETag = etag;
            context.Response.ContentType = _contentType;
            await context.Response.WriteAsync(_body);
        });
        await _server.StartAsync();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // The real clock: the retries (Polly) and the fetch timeout race a real server on 127.0.0.1; a fake clock would
        // have to be advanced from inside the request, which tests the fake rather than the sync.
        _harness = await IndexingHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Feeds:Retries"] = "1", ["Feeds:RetryDelay"] = "00:00:00.050", ["Feeds:Timeout"] = "00:00:02", ["Feeds:MaxDocumentBytes"] = "100000",
            // The feed server is on 127.0.0.1, which the SSRF guard refuses unless the operator allows private networks.
            ["Feeds:AllowPrivateNetworks"] = "true",
        }, TimeProvider.System);
        _services = _harness.Services;
        _feedId = await _harness.AddSchoolWithFeedAsync(Provider, "Szkoła z feedem", address + "/feed");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _harness.DisposeAsync();
    }

    private Task<SyncRun> Sync() => _harness.SyncAsync(_feedId);

    private async Task<(int Active, int Changes)> Store()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        return (await db.Offers.CountAsync(o => o.Status == OfferStatus.Active), await db.OfferChanges.CountAsync());
    }

    [Fact]
    public async Task An_unchanged_feed_changes_nothing_by_conditional_get_or_by_hash()
    {
        var first = await Sync();
        Assert.Equal((SyncOutcome.Succeeded, 2), (first.Outcome, first.Created));
        var before = await Store();

        Assert.Equal(SyncOutcome.NotModified, (await Sync()).Outcome);
        _honourETag = false;
        Assert.Equal(SyncOutcome.NotModified, (await Sync()).Outcome);
        Assert.Equal(before, await Store());

        _body = Feed("a", "b", "c");
        var changed = await Sync();
        Assert.Equal((SyncOutcome.Succeeded, 1, 2), (changed.Outcome, changed.Created, changed.Unchanged));
    }

    [Theory]
    [InlineData("500")]
    [InlineData("html")]
    [InlineData("truncated")]
    [InlineData("oversized")]
    [InlineData("slow")]
    public async Task A_broken_feed_fails_with_a_reason_and_leaves_the_offers_as_they_were(string fault)
    {
        await Sync();
        var before = await Store();
        switch (fault)
        {
            case "500": _status = 500; break;
            case "html": _contentType = "text/html"; _body = "<html>Przerwa techniczna</html>"; break;
            case "truncated": _body = Feed("a")[..40]; break;
            case "oversized": _body = Feed(Enumerable.Range(0, 2000).Select(i => $"x{i}").ToArray()); break;
            case "slow": _delayMs = 5000; break;
        }
        var requestsBefore = _requests;
        var run = await Sync();
        Assert.Equal(SyncOutcome.Failed, run.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(run.Reason));
        Assert.Equal(before, await Store());
        if (fault == "500") Assert.Equal(2, _requests - requestsBefore);
    }

    [Fact]
    public async Task A_schema_org_course_page_is_synced_like_any_feed_and_a_course_taken_off_it_is_withdrawn()
    {
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            (await db.ProviderFeeds.SingleAsync(f => f.Id == _feedId)).Format = FeedFormat.JsonLd;
            await db.SaveChangesAsync();
        }
        static string Page(params string[] ids) => "<html><head><script type=\"application/ld+json\">" +
            "{\"@context\":\"https://schema.org\",\"@graph\":[" + string.Join(",", ids.Select(id =>
                $"{{\"@type\":\"Course\",\"identifier\":\"{id}\",\"name\":\"Kurs {id} – obsługa kasy\",\"hasCourseInstance\":{{\"@type\":\"CourseInstance\",\"courseMode\":\"onsite\",\"location\":\"Sieradz\"}}}}")) +
            "]}</script></head><body>Kursy</body></html>";
        _contentType = "text/html";
        _body = Page("a", "b", "c");
        var first = await Sync();
        Assert.Equal((SyncOutcome.Succeeded, 3), (first.Outcome, first.Created));

        _body = Page("a", "b");
        var second = await Sync();
        Assert.Equal((SyncOutcome.Succeeded, 1, 2), (second.Outcome, second.Withdrawn, second.Unchanged));
        Assert.Equal(2, (await Store()).Active);
    }
}
