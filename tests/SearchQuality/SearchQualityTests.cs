using Xunit.Abstractions;

namespace Catalogue.Tests.SearchQuality;

/// <summary>
/// The judged query set, run through the real REST search over the demo catalogue. Fails when any tag's nDCG@10 drops
/// below its floor, so that a change which helps one kind of query cannot silently hurt another.
/// </summary>
[Collection(DemoCatalogueCollection.Name)]
public sealed class SearchQualityTests(DemoCatalogueFixture demo, ITestOutputHelper output)
{
    /// <summary>
    /// nDCG@10 floors per tag, set a little below the figures measured when the set was judged. Floors only go up:
    /// raise one when search gets better; never lower one to let a change through.
    /// </summary>
    private static readonly Dictionary<string, double> NdcgFloors = new(StringComparer.Ordinal)
    {
        // Raised 2026-12-03 after issue 14's search work (overall 0.640 → 0.907 over the same 263 queries); each floor is
        // the measured figure minus ~0.02, rounded down. Floors only go up.
        ["overall"] = 0.88,
        ["code"] = 0.88,
        ["colloquial"] = 0.84,
        ["exact-title"] = 0.88,
        ["filter"] = 0.93,
        ["free"] = 0.84,
        ["inflected"] = 0.89,
        ["kind"] = 0.88,
        ["mode"] = 0.89,
        ["multi-word"] = 0.85,
        ["no-diacritics"] = 0.82,
        ["place"] = 0.86,
        ["prefix"] = 0.90,
        ["synonym"] = 0.83,
        ["typo"] = 0.91,
    };

    /// <summary>The set stays large enough to mean something per tag (issue 14 asks for 200+ queries).</summary>
    private const int MinQueries = 200, MinQueriesPerTag = 15;

    private static IReadOnlyList<JudgedQuery> Load() =>
        JudgedQuery.Load(Path.Combine(AppContext.BaseDirectory, "SearchQuality", "judgments.tsv"));

    [Fact]
    public async Task Every_tag_keeps_its_nDCG_floor()
    {
        var queries = Load();
        var scored = new List<(JudgedQuery, QualityScore)>();
        foreach (var query in queries)
        {
            using var response = await demo.Client.GetAsync(query.RequestUri);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{query.QueryString}: {(int)response.StatusCode} {body}");
            var page = JsonNode.Parse(body)!;
            var ids = page["items"]!.AsArray().Select(item => (string)item!["id"]!).ToList();
            scored.Add((query, Scorer.Score(query, ids)));
        }

        var rows = Scorer.ByTag(scored);
        output.WriteLine(Scorer.Table(rows));
        foreach (var (query, score) in scored.Where(s => s.Item2.Ndcg < 0.5))
            output.WriteLine($"weak: {query.QueryString} nDCG@10 {score.Ndcg:0.000}");

        Assert.Equal(NdcgFloors.Keys.Order(StringComparer.Ordinal), rows.Select(r => r.Group).Order(StringComparer.Ordinal));
        var below = rows.Where(r => r.Score.Ndcg < NdcgFloors[r.Group])
            .Select(r => $"{r.Group}: nDCG@10 {r.Score.Ndcg:0.000} < floor {NdcgFloors[r.Group]:0.00}").ToList();
        Assert.True(below.Count == 0, string.Join("; ", below));
    }

    [Fact]
    public async Task The_set_has_enough_queries_per_tag_each_with_an_answer_among_the_demo_offers()
    {
        var queries = Load();
        Assert.True(queries.Count >= MinQueries, $"{queries.Count} judged queries < {MinQueries}");
        var thinTags = queries.SelectMany(q => q.Tags).GroupBy(t => t, StringComparer.Ordinal)
            .Where(g => g.Count() < MinQueriesPerTag).Select(g => $"{g.Key}: {g.Count()}");
        Assert.Empty(thinTags);
        var unanswered = queries.Where(q => !q.Grades.Values.Any(g => g == 3)).Select(q => q.QueryString).ToList();
        Assert.True(unanswered.Count == 0, "no offer graded 3: " + string.Join("; ", unanswered));

        // A judged id the demo no longer generates would silently count as a miss for every engine.
        var demoIds = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var items = JsonNode.Parse(await demo.Client.GetStringAsync($"/api/v1/offers?pageSize=100&facets=false&page={page}"))!["items"]!.AsArray();
            demoIds.UnionWith(items.Select(item => (string)item!["id"]!));
            if (items.Count < 100) break;
        }
        var unknown = queries.SelectMany(q => q.Grades.Keys).Distinct(StringComparer.Ordinal).Where(id => !demoIds.Contains(id)).ToList();
        Assert.True(unknown.Count == 0, "not a demo offer: " + string.Join(" ", unknown));
    }
}
