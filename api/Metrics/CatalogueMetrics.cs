using System.Diagnostics;
using System.Diagnostics.Metrics;
using Catalogue.Feeds;

namespace Catalogue.Api.Metrics;

/// <summary>
/// The catalogue's own instruments, on one meter (<see cref="MeterName"/>) from the host's meter factory. Searches and
/// rate-limit refusals are recorded where they happen; the store's counts are observed on each scrape from
/// <see cref="StoreReadings"/>. Request rates and latencies by route are ASP.NET Core's own
/// (<c>http.server.request.duration</c> of the <c>Microsoft.AspNetCore.Hosting</c> meter).
/// </summary>
internal sealed class CatalogueMetrics
{
    public const string MeterName = "Catalogue";

    // The HTTP semantic conventions' boundaries: a search is an HTTP-sized piece of work.
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    private readonly Histogram<double> _searchDuration;
    private readonly Counter<long> _rateLimitRejections;

    public CatalogueMetrics(IMeterFactory meters, StoreReadings store)
    {
        var meter = meters.Create(MeterName);
        _searchDuration = meter.CreateHistogram("catalogue.search.duration", "s",
            "Time to answer an offer search (the engine's query and the result cards), whichever door asked: REST or GraphQL.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _rateLimitRejections = meter.CreateCounter<long>("catalogue.ratelimit.rejections", "{request}",
            "Requests refused with 429 by the rate limiter, by the budget that was spent.");

        meter.CreateObservableGauge("catalogue.index.lag", () => Observe(store.Current?.IndexLag?.Depth), "{change}",
            "Changes in the store not yet searchable: how far the search index is behind.");
        meter.CreateObservableGauge("catalogue.index.lag.age", () => Observe(store.Current?.IndexLag?.OldestAge.TotalSeconds), "s",
            "How long the oldest change not yet in the search index has waited (0 when none waits).");
        meter.CreateObservableCounter("catalogue.sync.runs", () => FinishedRuns(store.Current), "{run}",
            "Sync runs that ended (feed pulls, uploads applied, imports), by origin and outcome, as the store keeps them.");
        meter.CreateObservableUpDownCounter("catalogue.sync.active_runs", () => Observe(store.Current?.SyncRuns.Where(r => r.Outcome == SyncOutcome.Running).Sum(r => r.Count)), "{run}",
            "Sync runs in progress.");
        meter.CreateObservableUpDownCounter("catalogue.uploads.pending", () => PendingUploads(store.Current), "{upload}",
            "Uploads accepted but not finished, by state: queued (waiting for the worker) or processing.");
    }

    /// <summary>Times one search until disposed: <c>using var timing = metrics.TimeSearch();</c>.</summary>
    public SearchTiming TimeSearch() => new(_searchDuration, Stopwatch.GetTimestamp());

    /// <summary>Counts one 429, tagged with the kind of budget (never the address or key: unbounded and personal).</summary>
    public void RateLimitRejected(string partition) =>
        _rateLimitRejections.Add(1, new KeyValuePair<string, object?>("catalogue.ratelimit.budget", BudgetOf(partition)));

    /// <summary>"ip:203.0.113.1:read" → anonymous_read, "key:7:write" → key_write, "failed-auth:…" → failed_auth.</summary>
    internal static string BudgetOf(string partition) => partition.Split(':')[0] switch
    {
        "failed-auth" => "failed_auth",
        "ip" => partition.EndsWith(":write", StringComparison.Ordinal) ? "anonymous_write" : "anonymous_read",
        "key" => partition.EndsWith(":write", StringComparison.Ordinal) ? "key_write" : "key_read",
        _ => "other",
    };

    private static IEnumerable<Measurement<T>> Observe<T>(T? value) where T : struct =>
        value is { } v ? [new Measurement<T>(v)] : [];

    // Every origin and outcome is reported, zero included, so that rates and ratios exist before the first failure.
    private static IEnumerable<Measurement<long>> FinishedRuns(StoreSnapshot? snapshot) => snapshot is null ? [] :
        from origin in Origins
        from outcome in Enum.GetValues<SyncOutcome>().Where(o => o != SyncOutcome.Running)
        select new Measurement<long>(snapshot.SyncRuns.Where(r => r.Origin == origin && r.Outcome == outcome).Sum(r => r.Count),
            new KeyValuePair<string, object?>("catalogue.sync.origin", origin),
            new KeyValuePair<string, object?>("catalogue.sync.outcome", OutcomeName(outcome)));

    private static readonly string[] Origins = ["feed", "upload", "import"];

    private static IEnumerable<Measurement<long>> PendingUploads(StoreSnapshot? snapshot) => snapshot is null ? [] :
    [
        new(snapshot.UploadsQueued, new KeyValuePair<string, object?>("catalogue.upload.state", "queued")),
        new(snapshot.UploadsProcessing, new KeyValuePair<string, object?>("catalogue.upload.state", "processing")),
    ];

    private static string OutcomeName(SyncOutcome outcome) => outcome switch
    {
        SyncOutcome.NotModified => "not_modified",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    /// <summary>A search being timed; records its duration once, when disposed.</summary>
    public readonly struct SearchTiming(Histogram<double> histogram, long started) : IDisposable
    {
        public void Dispose() => histogram.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
