using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Bench;

/// <summary>
/// How fast the GraphQL endpoint of a running API refuses abusive documents (issue: each gets a fast GraphQL error,
/// never a 500): an over-deep query, 1,000 aliases, 200 operations in one document, a batch of 200 requests, a 1 MB
/// document, and fragment bombs (ten fragments each spreading the next ten times, ~900 bytes for ten billion fields;
/// one fragment spread 1,000 times; a chain of 300; the same search selected 600 times), each sent once to warm up
/// and then <c>--rounds</c> times over loopback HTTP. The client gives up after 30 s: a server that expands the
/// spreads shows as a timeout, not a hang.
/// </summary>
internal static class GraphQLLimitBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = LargeCatalogue.Option(args, "--url") ?? "http://127.0.0.1:5000";
        var rounds = int.Parse(LargeCatalogue.Option(args, "--rounds") ?? "20", CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        static string One(string query) => new JsonObject { ["query"] = query }.ToJsonString();
        var cases = new (string Name, string Body)[]
        {
            ("over-deep query (40 levels)", One("{ offers { edges { node { provider { address " + string.Concat(Enumerable.Repeat("{ city ", 40)) + new string('}', 40) + " } } } } }")),
            ("1,000 aliases", One("{ " + string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"a{i}: __typename")) + " }")),
            ("200 operations in one document", One(string.Join("\n", Enumerable.Range(0, 200).Select(i => $"query Q{i} {{ offers {{ totalCount }} }}")))),
            ("batch of 200 requests", new JsonArray(Enumerable.Range(0, 200).Select(_ => (JsonNode)new JsonObject { ["query"] = "{ __typename }" }).ToArray()).ToJsonString()),
            ("1 MB document", One("{ " + new string(' ', 1_048_576) + "__typename }")),
            ("fragment bomb (10 levels x 10 spreads)", One(Bomb(10, 10))),
            ("fragment bomb (7 levels x 10 spreads)", One(Bomb(7, 10))),
            ("one fragment spread 1,000 times", One("fragment F on Query { __typename }\n{ " + string.Concat(Enumerable.Repeat("...F ", 1000)) + "}")),
            ("chain of 300 fragments", One(Bomb(299, 1))),
            ("the same search 600 times", One("{ " + string.Concat(Enumerable.Repeat("offers(first: 1) { totalCount } ", 600)) + "}")),
        };
        var slowest = 0.0;
        foreach (var (name, body) in cases)
        {
            var (status, codes) = await SendAsync(http, body);
            var times = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                var clock = Stopwatch.StartNew();
                await SendAsync(http, body);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            slowest = Math.Max(slowest, times[^1]);
            Console.WriteLine(FormattableString.Invariant(
                $"RESULT graphql_abuse case=\"{name}\" status={status} codes={codes} p50_ms={times[times.Count / 2]:F1} max_ms={times[^1]:F1} bytes={body.Length}"));
        }
        Console.WriteLine(FormattableString.Invariant($"RESULT graphql_abuse slowest_ms={slowest:F1} rounds={rounds}"));
        return 0;
    }

    /// <summary><c>fragment F0 on Query { ...F1 ×spreads }</c> … <c>fragment F{levels} on Query { __typename }</c>, and <c>{ ...F0 }</c>.</summary>
    private static string Bomb(int levels, int spreads) =>
        string.Concat(Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ {string.Join(" ", Enumerable.Repeat($"...F{i + 1}", spreads))} }}\n"))
        + $"fragment F{levels} on Query {{ __typename }}\n{{ ...F0 }}";

    private static async Task<(int Status, string Codes)> SendAsync(HttpClient http, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        string codes;
        try
        {
            var errors = JsonNode.Parse(text)?["errors"]?.AsArray() ?? [];
            codes = string.Join(",", errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>()).Distinct());
        }
        catch (JsonException)
        {
            codes = "(not JSON)";
        }
        return ((int)response.StatusCode, codes);
    }
}
