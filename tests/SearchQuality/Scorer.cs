namespace Catalogue.Tests.SearchQuality;

/// <summary>The figures of one query, or the mean over a group of queries.</summary>
internal sealed record QualityScore(double Ndcg, double Recall, double Mrr, int Queries);

/// <summary>
/// Scores a ranked list of offer ids against graded judgments, at cut-off 10 (one page). Unjudged results count 0.
/// nDCG uses gain 2^grade − 1 against the ideal order of all judged offers. Recall and MRR count an offer as relevant
/// from grade 2 up; recall divides by min(10, relevant offers) so that a query with 30 good answers can still reach 1.
/// </summary>
internal static class Scorer
{
    public const int CutOff = 10;
    private const int RelevantFrom = 2;

    public static QualityScore Score(JudgedQuery query, IReadOnlyList<string> rankedIds)
    {
        var top = rankedIds.Take(CutOff).Select(id => query.Grades.GetValueOrDefault(id)).ToList();
        var ideal = query.Grades.Values.OrderDescending().Take(CutOff).ToList();
        var idealDcg = Dcg(ideal);
        var ndcg = idealDcg == 0 ? 0 : Dcg(top) / idealDcg;

        var relevant = query.Grades.Values.Count(g => g >= RelevantFrom);
        var recall = relevant == 0 ? 0 : (double)top.Count(g => g >= RelevantFrom) / Math.Min(CutOff, relevant);
        var firstHit = top.FindIndex(g => g >= RelevantFrom);
        var mrr = firstHit < 0 ? 0 : 1.0 / (firstHit + 1);
        return new QualityScore(ndcg, recall, mrr, 1);
    }

    public static QualityScore Mean(IReadOnlyCollection<QualityScore> scores) => new(
        scores.Average(s => s.Ndcg), scores.Average(s => s.Recall), scores.Average(s => s.Mrr), scores.Count);

    /// <summary>The mean over all queries ("overall") and per tag, tags in alphabetical order.</summary>
    public static IReadOnlyList<(string Group, QualityScore Score)> ByTag(IReadOnlyList<(JudgedQuery Query, QualityScore Score)> scored) =>
        [
            ("overall", Mean([.. scored.Select(s => s.Score)])),
            .. scored.SelectMany(s => s.Query.Tags.Select(tag => (tag, s.Score)))
                .GroupBy(t => t.tag, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, Mean([.. g.Select(t => t.Score)]))),
        ];

    /// <summary>The per-tag table as Markdown, the same text the README shows.</summary>
    public static string Table(IReadOnlyList<(string Group, QualityScore Score)> rows)
    {
        var text = new StringBuilder("| Tag | Queries | nDCG@10 | Recall@10 | MRR |\n|---|---:|---:|---:|---:|\n");
        foreach (var (group, s) in rows)
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"| {group} | {s.Queries} | {s.Ndcg:0.000} | {s.Recall:0.000} | {s.Mrr:0.000} |\n");
        return text.ToString();
    }

    private static double Dcg(IEnumerable<int> grades) =>
        grades.Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
}
