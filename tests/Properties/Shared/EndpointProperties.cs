using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace Catalogue.Tests.Properties;

/// <summary>What a run saw: cases sent, answers by status, and the violations the known gaps did not excuse.</summary>
internal sealed record PropertyReport(
    int Cases,
    TimeSpan Elapsed,
    IReadOnlyDictionary<int, int> Statuses,
    IReadOnlyDictionary<Verdict, int> Verdicts,
    IReadOnlyList<string> Failures,
    IReadOnlyDictionary<KnownGap, int> GapsUsed,
    int FiveHundreds,
    IReadOnlyDictionary<(string Operation, Verdict Verdict), int> Coverage,
    IReadOnlyDictionary<string, int> Tally)
{
    public string Summary() =>
        $"{Cases} cases in {Elapsed.TotalSeconds:F1} s; verdicts {string.Join(", ", Verdicts.Select(v => $"{v.Key} {v.Value}"))}; " +
        $"statuses {string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; 5xx {FiveHundreds}; " +
        $"known gaps used {GapsUsed.Count}/{KnownGaps.All.Count}; violations {Tally.Values.Sum()} of {Tally.Count} kinds";

    /// <summary>Violations by kind, operation and input, most frequent first.</summary>
    public string Tallied() => string.Join("\n", Tally.OrderByDescending(t => t.Value).Select(t => $"{t.Value,6}  {t.Key}"));
}

/// <summary>
/// The endpoint properties over a running catalogue, shared by the test (a bounded run, fixed seed) and
/// <c>bench properties</c> (a long run). Case <c>i</c> is generated from its own PCG seed (<c>seed + i</c>), so a failure
/// prints one seed that replays exactly that request (<c>CATALOGUE_PROPERTY_SEED</c>).
/// </summary>
internal sealed class EndpointProperties(HttpClient client, string adminKey, string documentJson, bool behindKestrel)
{
    /// <summary>The seeded provider that owns the run's key; distinct names so a bench run can share an API with other data.</summary>
    public const string OwnProviderId = "wlasciwosci-szkola";
    public const string OtherProviderId = "wlasciwosci-inna";

    public async Task<PropertyReport> RunAsync(ulong seed, int cases, string? replaySeed, Action<string> log, CancellationToken cancellationToken)
    {
        var document = OpenApiDescription.Load(documentJson);
        var pools = await SeedAsync(cancellationToken);
        var generator = new EndpointCases(document, pools).Any();
        var judge = new EndpointJudge(new SchemaCheck(document), pools, adminKey, behindKestrel);
        var statuses = new Dictionary<int, int>();
        var verdicts = new Dictionary<Verdict, int>();
        var gaps = new Dictionary<KnownGap, int>();
        var coverage = new Dictionary<(string, Verdict), int>();
        var tally = new Dictionary<string, int>();
        var failures = new List<string>();
        var fiveHundreds = 0;
        var clock = Stopwatch.StartNew();
        var seeds = replaySeed is null ? Enumerable.Range(0, cases).Select(i => new PCG(1, seed + (ulong)i)) : [PCG.Parse(replaySeed)];
        var sent = 0;
        var generating = TimeSpan.Zero;
        foreach (var pcg in seeds)
        {
            var caseSeed = pcg.ToString();
            var started = clock.Elapsed;
            var c = generator.Generate(pcg, null, out _);
            generating += clock.Elapsed - started;
            if (pools.Endangers(c)) continue;
            var outcome = await judge.SendAsync(client, c, cancellationToken);
            sent++;
            statuses[outcome.Status] = statuses.GetValueOrDefault(outcome.Status) + 1;
            verdicts[c.Verdict] = verdicts.GetValueOrDefault(c.Verdict) + 1;
            coverage[(c.Operation.Name, c.Verdict)] = coverage.GetValueOrDefault((c.Operation.Name, c.Verdict)) + 1;
            if (outcome.Status >= 500) fiveHundreds++;
            foreach (var violation in outcome.Violations)
            {
                if (KnownGaps.Excusing(c.Operation, violation) is { } excusing)
                {
                    foreach (var gap in excusing) gaps[gap] = gaps.GetValueOrDefault(gap) + 1;
                    continue;
                }
                var key = $"{violation.Kind} | {c.Operation.Name} | {violation.Slot}";
                tally[key] = tally.GetValueOrDefault(key) + 1;
                if (tally[key] > 1) continue;
                var failure = $"[{violation.Kind} {violation.Slot}] {violation.Detail}\n  {c}\n  replay: CATALOGUE_PROPERTY_SEED={caseSeed}";
                failures.Add(failure);
                log(failure);
            }
            if (sent % 1000 == 0) log($"{sent} cases, {failures.Count} failures, {clock.Elapsed.TotalSeconds:F0} s");
        }
        log($"generating took {generating.TotalSeconds:F1} s of {clock.Elapsed.TotalSeconds:F1} s");
        return new PropertyReport(sent, clock.Elapsed, statuses, verdicts, failures, gaps, fiveHundreds, coverage, tally);
    }

    /// <summary>Two providers, the first with a key, offers, a feed with a run, an upload, and spare admin keys to revoke.</summary>
    private async Task<CataloguePools> SeedAsync(CancellationToken cancellationToken)
    {
        var admin = new AuthenticationHeaderValue("ApiKey", adminKey);
        foreach (var id in new[] { OwnProviderId, OtherProviderId })
            await SendAsync(HttpMethod.Post, "/api/v1/admin/providers", admin, new JsonObject { ["id"] = id, ["name"] = $"Szkoła {id}", ["type"] = "school" }, cancellationToken);
        var issued = await SendAsync(HttpMethod.Post, $"/api/v1/admin/providers/{OwnProviderId}/keys", admin, new JsonObject { ["name"] = "właściwości" }, cancellationToken);
        var providerKey = issued!["key"]!.GetValue<string>();
        var keys = new List<string>();
        for (var i = 0; i < 3; i++)
            keys.Add((await SendAsync(HttpMethod.Post, "/api/v1/admin/keys", admin, new JsonObject { ["name"] = $"do odwołania {i}" }, cancellationToken))!["id"]!.ToJsonString());
        var offers = new List<string>();
        var externalIds = new[] { "kurs-spawania", "kurs-bhp", "technikum-informatyk" };
        foreach (var externalId in externalIds)
        {
            var offer = new JsonObject { ["sector"] = "adult", ["kind"] = "kurs", ["title"] = $"Kurs {externalId}", ["mode"] = "online" };
            var put = await SendAsync(HttpMethod.Put, $"/api/v1/providers/{OwnProviderId}/offers/{externalId}", admin, offer, cancellationToken);
            offers.Add(put!["id"]!.GetValue<string>());
        }
        var feed = await SendAsync(HttpMethod.Post, $"/api/v1/providers/{OwnProviderId}/feeds", admin,
            new JsonObject { ["url"] = "http://127.0.0.1:9/oferty.json", ["format"] = "json" }, cancellationToken);
        var feedId = feed!["id"]!.ToJsonString();
        await SendAsync(HttpMethod.Post, $"/api/v1/providers/{OwnProviderId}/feeds/{feedId}/sync", admin, null, cancellationToken);
        var runs = await SendAsync(HttpMethod.Get, $"/api/v1/providers/{OwnProviderId}/sync-runs", admin, null, cancellationToken);
        var upload = await SendAsync(HttpMethod.Post, $"/api/v1/providers/{OwnProviderId}/uploads?mode=validate", admin,
            "externalId,sector,kind,title,mode\nkurs-excel,adult,kurs,Kurs Excela,online\n", cancellationToken);
        var vocabularies = await SendAsync(HttpMethod.Get, "/api/v1/vocabularies", null, null, cancellationToken);
        return new CataloguePools(OwnProviderId, OtherProviderId, providerKey, long.Parse(issued["id"]!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, string[]>
        {
            ["offerId"] = [.. offers],
            ["externalId"] = externalIds,
            ["keyId"] = [.. keys],
            ["feedId"] = [feedId],
            ["runId"] = (runs?["items"]?.AsArray() ?? []).Select(r => r!["id"]!.ToJsonString()).ToArray(),
            ["uploadId"] = [upload!["id"]!.GetValue<string>()],
            ["name"] = (vocabularies?["items"]?.AsArray() ?? []).Select(v => v!["name"]!.GetValue<string>()).ToArray(),
        });
    }

    private async Task<JsonNode?> SendAsync(HttpMethod method, string target, AuthenticationHeaderValue? key, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(target, UriKind.Relative));
        request.Headers.Authorization = key;
        if (body is JsonNode json) request.Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json");
        if (body is string csv) request.Content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        // 409: a bench run against an API that a previous run already seeded.
        if (!response.IsSuccessStatusCode && response.StatusCode != System.Net.HttpStatusCode.Conflict)
            throw new InvalidOperationException($"Seeding {method} {target} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
