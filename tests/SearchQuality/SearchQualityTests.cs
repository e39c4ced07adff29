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
        // Measured 2026-12-03 over 76 judged queries (overall 0.766); each floor is its figure rounded down by ~0.02.
        ["overall"] = 0.74,
        ["code"] = 0.76,
        ["colloquial"] = 0.40,
        ["exact-title"] = 0.92,
        ["filter"] = 0.93,
        ["inflected"] = 0.82,
        ["multi-word"] = 0.71,
        ["no-diacritics"] = 0.57,
        ["place"] = 0.74,
        ["prefix"] = 0.65,
        ["synonym"] = 0.07,
        ["typo"] = 0.57,
    };

    [Fact]
    public async Task Every_tag_keeps_its_nDCG_floor()
    {
        var queries = JudgedQuery.Load(Path.Combine(AppContext.BaseDirectory, "SearchQuality", "judgments.tsv"));
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
}
