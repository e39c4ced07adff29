using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Catalogue.Search.Lucene;

/// <summary>
/// "Did you mean": for each word of the query the index does not know, the closest word of the index's titles,
/// professions and towns (at most one edit in short words, two in longer ones; ties go to the word more offers use).
/// The candidate words are read once per index snapshot.
/// </summary>
internal sealed class LuceneSpelling(LuceneAnalysis analysis)
{
    private sealed record Candidates(List<(string Word, string Stem, int Offers)> Words);

    private static readonly string[] Fields = [LuceneOfferFields.TitleExact, LuceneOfferFields.ProfessionsExact, LuceneOfferFields.City];
    private readonly ConditionalWeakTable<object, Candidates> _byReader = new();

    /// <summary>The query text with unknown words corrected, or null when no word needs (or has) a correction.</summary>
    public string? DidYouMean(IndexReader reader, string text, SearchPlan plan)
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in plan.Units.Where(u => u.Code is null && u.Alternatives.Count == 0))
        {
            for (var i = 0; i < unit.Words.Count; i++)
            {
                var exact = analysis.Terms(analysis.Exact, LuceneOfferFields.TitleExact, unit.Words[i]);
                if (exact.Count != 1 || exact[0].Length < 3) continue;
                var stems = analysis.Terms(analysis.Stem, LuceneOfferFields.Title, unit.Words[i]);
                if (!LuceneTextQuery.IsUnknown(ReaderTerms.For(reader), exact[0], stems)) continue;
                if (Closest(reader, exact[0]) is { } best) corrections[unit.Typed[i]] = best;
            }
        }
        if (corrections.Count == 0) return null;
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => corrections.GetValueOrDefault(w, w)));
    }

    /// <summary>
    /// The known word closest to <paramref name="word"/>, comparing light stems (so "pyton" finds "pythonie" through
    /// "python"): fewest edits between stems, then between whole words, then the word more offers use.
    /// </summary>
    private string? Closest(IndexReader reader, string word)
    {
        var candidates = _byReader.GetValue(reader.CoreCacheKey ?? reader, _ => Load(reader));
        var stem = PolishLightStemmer.Stem(word);
        var maxEdits = stem.Length >= 6 ? 2 : 1;
        string? best = null;
        var bestRank = (Stem: int.MaxValue, Word: int.MaxValue, Offers: 0);
        foreach (var (candidate, candidateStem, offers) in candidates.Words)
        {
            if (candidate[0] != word[0] || Math.Abs(candidateStem.Length - stem.Length) > maxEdits) continue;
            var stemEdits = Distance(stem, candidateStem, maxEdits);
            if (stemEdits > maxEdits) continue;
            var rank = (Stem: stemEdits, Word: Distance(word, candidate, 8), Offers: offers);
            if (rank.Word == 0) continue;
            if (rank.Stem < bestRank.Stem || (rank.Stem == bestRank.Stem && (rank.Word < bestRank.Word || (rank.Word == bestRank.Word && rank.Offers > bestRank.Offers))))
                (best, bestRank) = (candidate, rank);
        }
        return best;
    }

    private static Candidates Load(IndexReader reader)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null) continue;
            var iterator = terms.GetEnumerator();
            while (iterator.MoveNext())
            {
                var word = iterator.Term.Utf8ToString();
                if (word.Length < 3 || !word.All(char.IsLetter)) continue;
                words[word] = words.GetValueOrDefault(word) + iterator.DocFreq;
            }
        }
        return new Candidates(words.Select(w => (w.Key, PolishLightStemmer.Stem(w.Key), w.Value)).ToList());
    }

    /// <summary>Optimal-string-alignment distance (an adjacent swap is one edit), cut off above <paramref name="max"/>.</summary>
    internal static int Distance(string a, string b, int max)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > max) return max + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
