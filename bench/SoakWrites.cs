using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Bench;

/// <summary>
/// The soak's writers, through the API with provider keys: a feed re-sync every minute (the feed changed first) and a
/// CSV upload (merge) every 30 s, each followed until it ends. Anything but <c>succeeded</c> is a failure.
/// </summary>
internal sealed class SoakWrites(HttpClient feeds, HttpClient uploads, SoakFeed feed)
{
    private static readonly string FeedRuns = $"/api/v1/providers/{SoakFeed.FeedProvider.Id}/sync-runs?pageSize=1";
    private long _feedId;
    private int _syncsThisMinute;
    private int _uploadsThisMinute;

    public ConcurrentQueue<string> Failures { get; } = new();
    public int SyncsStarted { get; private set; }
    public int SyncsDone { get; private set; }
    public int UploadsStarted { get; private set; }
    public int UploadsDone { get; private set; }

    public async Task AddFeedAsync()
    {
        using var added = await feeds.PostAsJsonAsync($"/api/v1/providers/{SoakFeed.FeedProvider.Id}/feeds", new { url = feed.Url, format = "json", intervalMinutes = 1440 });
        await SoakApi.EnsureAsync(added, "add the soak feed");
        _feedId = (await added.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<long>();
    }

    public (int Syncs, int Uploads) TakeMinute() => (Interlocked.Exchange(ref _syncsThisMinute, 0), Interlocked.Exchange(ref _uploadsThisMinute, 0));

    public async Task RunAsync(CancellationToken stop)
    {
        await Task.WhenAll(EveryAsync(TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(20), async () =>
        {
            feed.NextFeedVersion();
            if (await SyncAsync()) Interlocked.Increment(ref _syncsThisMinute);
        }, stop), EveryAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5), async () =>
        {
            if (await UploadAsync()) Interlocked.Increment(ref _uploadsThisMinute);
        }, stop));
    }

    /// <summary>Asks for a sync of the feed and follows its run to the end; true when it succeeded.</summary>
    public async Task<bool> SyncAsync()
    {
        SyncsStarted++;
        var before = await LatestRunIdAsync();
        using var sync = await feeds.PostAsync(new Uri($"/api/v1/providers/{SoakFeed.FeedProvider.Id}/feeds/{_feedId}/sync", UriKind.Relative), null);
        if (sync.StatusCode != HttpStatusCode.Accepted) return Failed($"sync → {(int)sync.StatusCode} {await sync.Content.ReadAsStringAsync()}");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var run = (await feeds.GetFromJsonAsync<JsonObject>(FeedRuns))!["items"]!.AsArray().FirstOrDefault();
            var outcome = run?["outcome"]?.GetValue<string>();
            if (run is not null && run["id"]!.GetValue<long>() != before && outcome != "running")
            {
                if (outcome != "succeeded") return Failed($"sync run {run["id"]} ended {outcome}: {run["reason"]}");
                SyncsDone++;
                return true;
            }
            await Task.Delay(250);
        }
        return Failed("sync run did not end within 2 minutes");
    }

    private async Task<bool> UploadAsync()
    {
        UploadsStarted++;
        using var content = new ByteArrayContent(feed.NextUpload());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        using var posted = await uploads.PostAsync(new Uri($"/api/v1/providers/{SoakFeed.UploadProvider.Id}/uploads?mode=merge", UriKind.Relative), content);
        if (posted.StatusCode != HttpStatusCode.Accepted || posted.Headers.Location is not { } location)
            return Failed($"upload → {(int)posted.StatusCode} {await posted.Content.ReadAsStringAsync()}");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var upload = (await uploads.GetFromJsonAsync<JsonObject>(location))!;
            var status = upload["status"]!.GetValue<string>();
            if (status is not ("queued" or "processing"))
            {
                if (status != "succeeded" || upload["rejected"]?.GetValue<int>() > 0) return Failed($"upload {location} ended {status}: {upload.ToJsonString()[..Math.Min(300, upload.ToJsonString().Length)]}");
                UploadsDone++;
                return true;
            }
            await Task.Delay(250);
        }
        return Failed($"upload {location} did not end within 2 minutes");
    }

    private async Task<long?> LatestRunIdAsync() =>
        (await feeds.GetFromJsonAsync<JsonObject>(FeedRuns))!["items"]!.AsArray().FirstOrDefault()?["id"]?.GetValue<long>();

    private bool Failed(string why)
    {
        Failures.Enqueue($"{TimeProvider.System.GetUtcNow():HH:mm:ss} {why}");
        return false;
    }

    private async Task EveryAsync(TimeSpan period, TimeSpan first, Func<Task> work, CancellationToken stop)
    {
        try
        {
            await Task.Delay(first, stop);
            using var timer = new PeriodicTimer(period);
            do
            {
                try { await work(); }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException or System.Text.Json.JsonException)
                {
                    Failed($"{exception.GetType().Name}: {exception.Message}");
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) { }
    }
}
