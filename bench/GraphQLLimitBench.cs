using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Bench;

/// <summary>
/// How fast the GraphQL endpoint of a running API refuses abusive documents (issue: each gets a fast GraphQL error,
/// never a 500): an over-deep query, 1,000 aliases, 200 operations in one document, a batch of 200 requests and a
/// 1 MB document, each sent once to warm up and then <c>--rounds</c> times over loopback HTTP.
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
