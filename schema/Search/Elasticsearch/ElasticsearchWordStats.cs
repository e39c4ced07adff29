using System.Text.Json.Nodes;
using Catalogue.Search.Lucene;

namespace Catalogue.Search.Elasticsearch;

/// <summary>
/// What the embedded engine reads from its term dictionary before it ranks, asked of the cluster in one <c>size: 0</c>
/// search: per word of the plan, how many offers name it in a title or profession (a word at most
/// <see cref="RareWord"/> offers name may be a typo, so it gets the fuzzy clause), whether any offer has it at all
/// (an unknown word gets a "did you mean"), and the closest words of titles, professions and towns (term suggesters,
/// then the embedded engine's own distance rule). Counts are of offers matching any of the fields, where Lucene sums
/// per-field document frequencies: a word in both the title and the profession of one offer counts once here.
/// </summary>
internal sealed class ElasticsearchWordStats
{
    public const int RareWord = 3;
    private const string Aggregation = "words";
    private static readonly string[] SuggestFields = ["title.exact", "professions.exact", "city"];

    public static readonly ElasticsearchWordStats None = new([], [], []);

    private readonly HashSet<string> _rare;
    private readonly HashSet<string> _unknown;
    private readonly Dictionary<string, string> _closest;

    private ElasticsearchWordStats(HashSet<string> rare, HashSet<string> unknown, Dictionary<string, string> closest) =>
        (_rare, _unknown, _closest) = (rare, unknown, closest);

    /// <summary>Words of the plan that few offers name in a title or profession: the ones given a fuzzy clause.</summary>
    public ISet<string> Rare => _rare;

    /// <summary>The folded words whose counts are asked: single words (no hyphen) of the text units, not codes.</summary>
    public static List<string> Words(SearchPlan plan) => plan.Units.Where(u => u.Code is null).SelectMany(u => u.Words)
        .Where(w => w.Length >= 3 && !w.Contains('-', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The body of the counting search: a keyed <c>filters</c> aggregation (two filters per word) and three term suggesters per word.</summary>
    public static JsonObject Body(IReadOnlyList<string> words)
    {
        var filters = new JsonObject();
        var suggest = new JsonObject();
        for (var i = 0; i < words.Count; i++)
        {
            filters[$"named{i}"] = AnyOf(words[i], ["title", "professions"]);
            filters[$"known{i}"] = AnyOf(words[i], ["title", "professions", "text"]);
            for (var f = 0; f < SuggestFields.Length; f++)
            {
                suggest[$"w{i}f{f}"] = new JsonObject
                {
                    ["text"] = words[i],
                    ["term"] = new JsonObject
                    {
                        ["field"] = SuggestFields[f], ["suggest_mode"] = "always", ["max_edits"] = 2, ["prefix_length"] = 0,
                        ["min_word_length"] = 3, ["size"] = 5,
                    },
                };
            }
        }
        return new JsonObject
        {
            ["size"] = 0,
            ["track_total_hits"] = false,
            ["aggregations"] = new JsonObject { [Aggregation] = new JsonObject { ["filters"] = new JsonObject { ["filters"] = filters } } },
            ["suggest"] = suggest,
        };
    }

    /// <summary>The exact folded word in the exact fields, or its stem in <paramref name="stemFields"/>.</summary>
    private static JsonObject AnyOf(string word, string[] stemFields)
    {
        var should = new JsonArray(
            new JsonObject { ["term"] = new JsonObject { ["title.exact"] = word } },
            new JsonObject { ["term"] = new JsonObject { ["professions.exact"] = word } });
        foreach (var field in stemFields) should.Add(new JsonObject { ["match"] = new JsonObject { [field] = word } });
        return new JsonObject { ["bool"] = new JsonObject { ["should"] = should } };
    }

    /// <summary>Reads the counting search's answer; a missing index or part reads as "no offer has the word".</summary>
    public static ElasticsearchWordStats Read(IReadOnlyList<string> words, JsonNode? response)
    {
        var buckets = response?["aggregations"]?[Aggregation]?["buckets"];
        var rare = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        var closest = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (((long?)buckets?[$"named{i}"]?["doc_count"] ?? 0) <= RareWord) rare.Add(words[i]);
            if (((long?)buckets?[$"known{i}"]?["doc_count"] ?? 0) > 0) continue;
            unknown.Add(words[i]);
            var offers = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var f = 0; f < SuggestFields.Length; f++)
            {
                foreach (var option in (response?["suggest"]?[$"w{i}f{f}"] as JsonArray)?.SelectMany(e => e?["options"] as JsonArray ?? []) ?? [])
                {
                    if ((string?)option?["text"] is not { Length: >= 3 } text || !text.All(char.IsLetter)) continue;
                    offers[text] = offers.GetValueOrDefault(text) + ((long?)option["freq"] ?? 0);
                }
            }
            if (Closest(words[i], offers) is { } best) closest[words[i]] = best;
        }
        return new ElasticsearchWordStats(rare, unknown, closest);
    }

    /// <summary>The embedded engine's rule: fewest edits (one in words under six letters, else two), then the word more offers use.</summary>
    private static string? Closest(string word, Dictionary<string, long> candidates)
    {
        var maxEdits = word.Length >= 6 ? 2 : 1;
        string? best = null;
        var (bestEdits, bestOffers) = (int.MaxValue, 0L);
        foreach (var (candidate, offers) in candidates.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (Math.Abs(candidate.Length - word.Length) > maxEdits) continue;
            var edits = LuceneSpelling.Distance(word, candidate, maxEdits);
            if (edits > maxEdits || edits == 0) continue;
            if (edits < bestEdits || (edits == bestEdits && offers > bestOffers)) (best, bestEdits, bestOffers) = (candidate, edits, offers);
        }
        return best;
    }

    /// <summary>The query text with unknown words corrected, as the embedded engine writes it; null when none is corrected.</summary>
    public string? DidYouMean(string text, SearchPlan plan)
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in plan.Units.Where(u => u.Code is null && u.Alternatives.Count == 0))
            for (var i = 0; i < unit.Words.Count; i++)
                if (_unknown.Contains(unit.Words[i]) && _closest.TryGetValue(unit.Words[i], out var best)) corrections[unit.Typed[i]] = best;
        if (corrections.Count == 0) return null;
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => corrections.GetValueOrDefault(w, w)));
    }
}
