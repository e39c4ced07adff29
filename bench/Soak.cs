using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Bench;

/// <summary>
/// The soak run: the real API (Release, loopback) under mixed reads at 70 % of its measured peak for
/// <c>--minutes</c> (default 10), while a feed is re-synced every minute and a CSV is uploaded every 30 s through the
/// API. Reports each minute's requests, errors, p50/p99 and the API's working set, then start/end working set, p99
/// drift and totals. Exits 1 when anything failed: a read that was not 200, a sync or an upload that did not succeed,
/// a scrape of <c>/metrics</c> that was refused.
/// </summary>
internal static class Soak
{
    public static async Task<int> RunAsync(string[] args)
    {
        var minutes = int.Parse(LargeCatalogue.Option(args, "--minutes") ?? "10", CultureInfo.InvariantCulture);
        var connections = int.Parse(LargeCatalogue.Option(args, "--connections") ?? "16", CultureInfo.InvariantCulture);
        var peakSeconds = int.Parse(LargeCatalogue.Option(args, "--peak-seconds") ?? "20", CultureInfo.InvariantCulture);
        var share = double.Parse(LargeCatalogue.Option(args, "--load") ?? "0.7", CultureInfo.InvariantCulture);
        var source = LargeCatalogue.Option(args, "--data");
        var data = Path.Combine(Path.GetTempPath(), "catalogue-soak", Guid.NewGuid().ToString("N"));
        // Relative to the repository, wherever dotnet run starts the process.
        if (source is not null) Copy(Path.GetFullPath(source, SoakApi.RepositoryRoot), data);
        try
        {
            return await SoakAsync(minutes, connections, peakSeconds, share, source, data);
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); }
            catch (IOException) { }
        }
    }

    private static async Task<int> SoakAsync(int minutes, int connections, int peakSeconds, double share, string? source, string data)
    {
        Console.WriteLine($"Soak: {minutes} min at {share:P0} of peak; catalogue {(source is null ? "demo data" : source)}; load average {LoadAverage()}");
        await using var feed = await SoakFeed.StartAsync(feedOffers: 400, uploadOffers: 200);
        await using var api = await SoakApi.StartAsync(data, demoData: source is null, Path.Combine(SoakApi.RepositoryRoot, "bench/results/soak-api.log"));
        var feedKey = await api.CreateProviderAsync(SoakFeed.FeedProvider);
        var uploadKey = await api.CreateProviderAsync(SoakFeed.UploadProvider);
        using var feeds = api.Client(feedKey, 4);
        using var uploads = api.Client(uploadKey, 4);
        var writes = new SoakWrites(feeds, uploads, feed);
        await writes.AddFeedAsync();
        if (!await writes.SyncAsync()) return Fail("the first sync of the soak feed did not succeed");

        using var reads = api.Client(connections: 256);
        var load = new SoakLoad(reads, SearchPaths(), await OfferIdsAsync(reads));
        await load.MeasurePeakAsync(connections, TimeSpan.FromSeconds(10));
        var peak = await load.MeasurePeakAsync(connections, TimeSpan.FromSeconds(peakSeconds));
        var rate = peak * share;
        Console.WriteLine(FormattableString.Invariant($"Peak: {peak:F0} req/s at {connections} connections ({load.Window.Errors} errors); soak rate {rate:F0} req/s; load average {LoadAverage()}"));

        var startWorkingSet = api.WorkingSet();
        using var stop = new CancellationTokenSource();
        load.Window = new SoakWindow();
        var reading = load.RunPacedAsync(rate, Math.Max(64, connections * 4), stop.Token);
        var writing = writes.RunAsync(stop.Token);
        Console.WriteLine("| minute | requests | req/s | errors | p50 ms | p99 ms | working set MB | syncs | uploads | index lag | load avg |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var rows = new List<(double P99, long Errors)>();
        using var metrics = api.Client();
        var soak = Stopwatch.StartNew();
        for (var minute = 1; minute <= minutes; minute++)
        {
            // Minutes are counted from the start, so that reporting does not stretch them.
            var clock = Stopwatch.StartNew();
            var rest = TimeSpan.FromMinutes(minute) - soak.Elapsed;
            if (rest > TimeSpan.Zero) await Task.Delay(rest);
            var window = load.Window;
            load.Window = new SoakWindow();
            var lag = await IndexLagAsync(metrics, writes);
            var (syncs, uploaded) = writes.TakeMinute();
            rows.Add((window.Percentile(0.99), window.Errors));
            Console.WriteLine(FormattableString.Invariant(
                $"| {minute} | {window.Requests} | {window.Requests / clock.Elapsed.TotalSeconds:F0} | {window.Errors} | {window.Percentile(0.5):F1} | {window.Percentile(0.99):F1} | {api.WorkingSet() / 1048576} | {syncs} | {uploaded} | {lag} | {LoadAverage()} |"));
            foreach (var error in window.FirstErrors) Console.WriteLine($"  error: {error}");
            if (window.LateRequests > 0) Console.WriteLine($"  {window.LateRequests} requests started > 1 s behind schedule: the API was saturated (the schedule catches up afterwards)");
        }
        await stop.CancelAsync();
        await reading;
        await writing;
        var endWorkingSet = api.WorkingSet();

        var errors = rows.Sum(r => r.Errors) + writes.Failures.Count;
        foreach (var failure in writes.Failures) Console.WriteLine($"  write failure: {failure}");
        Console.WriteLine(FormattableString.Invariant(
            $"RESULT soak minutes={minutes} peak_rps={peak:F0} rate_rps={rate:F0} working_set_start_mb={startWorkingSet / 1048576} working_set_end_mb={endWorkingSet / 1048576} p99_first_ms={rows[0].P99:F1} p99_last_ms={rows[^1].P99:F1} p99_max_ms={rows.Max(r => r.P99):F1} p99_drift={rows[^1].P99 / Math.Max(0.001, rows[0].P99):F2} errors={errors} syncs={writes.SyncsDone}/{writes.SyncsStarted} uploads={writes.UploadsDone}/{writes.UploadsStarted}"));
        return errors > 0 ? 1 : 0;
    }

    /// <summary>The changes not yet in the index, from <c>/metrics</c> (loopback may scrape it); a refused scrape is a failure.</summary>
    private static async Task<string> IndexLagAsync(HttpClient http, SoakWrites writes)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode) writes.Failures.Enqueue($"/metrics → {(int)response.StatusCode}");
            var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("catalogue_index_lag{", StringComparison.Ordinal));
            return line?[(line.LastIndexOf(' ') + 1)..] ?? "–";
        }
        catch (HttpRequestException exception)
        {
            writes.Failures.Enqueue($"/metrics → {exception.Message}");
            return "–";
        }
    }

    private static string[] SearchPaths()
    {
        var file = Path.Combine(Path.GetTempPath(), $"catalogue-soak-queries-{Environment.ProcessId}.txt");
        SearchQueries.Write(["queries", "--count", "600", "--out", file]);
        var paths = File.ReadAllLines(file);
        File.Delete(file);
        return paths;
    }

    private static async Task<IReadOnlyList<string>> OfferIdsAsync(HttpClient http)
    {
        var page = await http.GetFromJsonAsync<JsonObject>("/api/v1/offers?pageSize=100");
        return [.. page!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>())];
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static int Fail(string why)
    {
        Console.Error.WriteLine($"Soak: {why}.");
        return 1;
    }
}
