using System.Text;
using System.Text.Json.Nodes;

namespace Catalogue.Bench;

/// <summary>
/// The mixed read workload: of every ten requests, five searches (words and two filters, as in <c>bench/run.sh</c>),
/// two typeahead, two GraphQL searches and one offer by id. Run flat out to measure the peak, then paced at a chosen
/// rate; every answer must be 200 (and GraphQL without errors), anything else counts as an error.
/// </summary>
internal sealed class SoakLoad(HttpClient http, IReadOnlyList<string> searches, IReadOnlyList<string> offerIds)
{
    private static readonly string[] Prefixes = ["prog", "spa", "inf", "ksi", "fry", "mech", "elek", "tech", "logi", "piel", "ang", "niem", "kurs", "szk", "lod", "pio", "bud", "psy", "exc", "gra"];
    private static readonly string[] Words = ["spawacz", "informatyk", "księgowość", "fryzjer", "angielski", "mechanik", "kurs online", "programowanie", "opiekun", "logistyk"];

    private long _sequence;

    /// <summary>The window requests are counted in now; the soak swaps it each minute.</summary>
    public SoakWindow Window { get; set; } = new();

    /// <summary>Reads as fast as <paramref name="connections"/> callers can for <paramref name="duration"/>; requests per second.</summary>
    public async Task<double> MeasurePeakAsync(int connections, TimeSpan duration)
    {
        Window = new SoakWindow();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            while (clock.Elapsed < duration) await SendNextAsync();
        }));
        return Window.Requests / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Reads at <paramref name="perSecond"/> on a fixed schedule until <paramref name="stop"/>.</summary>
    public async Task RunPacedAsync(double perSecond, int connections, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        long slot = 0;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                var due = TimeSpan.FromSeconds(Interlocked.Increment(ref slot) / perSecond);
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    try { await Task.Delay(wait, stop); }
                    catch (OperationCanceledException) { return; }
                }
                else if (wait < -TimeSpan.FromSeconds(1)) Window.Late();
                await SendNextAsync();
            }
        }));
    }

    private async Task SendNextAsync()
    {
        var n = Interlocked.Increment(ref _sequence);
        var (kind, request) = (n % 10) switch
        {
            < 5 => ("search", new HttpRequestMessage(HttpMethod.Get, searches[(int)(n % searches.Count)])),
            < 7 => ("suggest", new HttpRequestMessage(HttpMethod.Get, "/api/v1/suggest?q=" + Uri.EscapeDataString(Prefixes[n % Prefixes.Length]))),
            < 9 => ("graphql", GraphQL(Words[n % Words.Length])),
            _ => ("offer", new HttpRequestMessage(HttpMethod.Get, "/api/v1/offers/" + Uri.EscapeDataString(offerIds[(int)(n % offerIds.Count)]))),
        };
        var window = Window;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using (request)
            using (var response = await http.SendAsync(request))
            {
                var body = await response.Content.ReadAsStringAsync();
                var ok = response.StatusCode == System.Net.HttpStatusCode.OK && !(kind == "graphql" && body.Contains("\"errors\"", StringComparison.Ordinal));
                window.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, ok ? null : $"{kind} {request.RequestUri} → {(int)response.StatusCode} {Trim(body)}");
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            window.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, $"{kind} {request.RequestUri} → {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static HttpRequestMessage GraphQL(string words)
    {
        var body = new JsonObject
        {
            ["query"] = "query($q: String) { offers(query: $q, first: 20) { totalCount edges { node { id title provider { name } } } } }",
            ["variables"] = new JsonObject { ["q"] = words },
        };
        return new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
    }

    private static string Trim(string body) => body.Length > 300 ? body[..300] + "…" : body;
}

/// <summary>One minute of the soak: requests, their latencies, the errors (the first few kept to be shown).</summary>
internal sealed class SoakWindow
{
    private readonly List<double> _latencies = new(50_000);
    private readonly List<string> _errors = [];
    private long _errorCount;
    private long _late;

    public long Requests { get { lock (_latencies) return _latencies.Count; } }
    public long Errors => Interlocked.Read(ref _errorCount);
    public long LateRequests => Interlocked.Read(ref _late);
    public IReadOnlyList<string> FirstErrors { get { lock (_errors) return [.. _errors]; } }

    public void Record(double milliseconds, string? error)
    {
        lock (_latencies) _latencies.Add(milliseconds);
        if (error is null) return;
        Interlocked.Increment(ref _errorCount);
        lock (_errors) if (_errors.Count < 5) _errors.Add(error);
    }

    public void Late() => Interlocked.Increment(ref _late);

    public double Percentile(double p)
    {
        lock (_latencies)
        {
            if (_latencies.Count == 0) return 0;
            var sorted = _latencies.Order().ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        }
    }
}
