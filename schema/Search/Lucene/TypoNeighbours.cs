using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Util.Automaton;

namespace Catalogue.Search.Lucene;

/// <summary>
/// The terms of a field within one or two edits of a typed word (first letter fixed, neighbours' swaps count as one
/// edit), nearest first. What a <c>FuzzyQuery</c> finds, but its Levenshtein automaton (milliseconds to build for two
/// edits) is built once per word and shared by every field and every later search, instead of once per field per search.
/// </summary>
internal static class TypoNeighbours
{
    public const int MaxExpansions = 16;
    private const int AutomataCapacity = 10_000;
    private static readonly ConcurrentDictionary<(string Word, int Edits), CompiledAutomaton> Automata = new();

    /// <summary>At most <see cref="MaxExpansions"/> terms of <paramref name="field"/> other than the word itself, fewest edits then most offers first.</summary>
    public static IReadOnlyList<Neighbour> Find(IndexReader reader, string field, string word, int edits)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null || word.Length < 2) return [];
        var found = new List<Neighbour>();
        var iterator = AutomatonOf(word, edits).GetTermsEnum(terms);
        while (iterator.MoveNext())
        {
            var term = iterator.Term.Utf8ToString();
            if (term != word) found.Add(new Neighbour(term, Distance(word, term), iterator.DocFreq));
        }
        return found.OrderBy(n => n.Edits).ThenByDescending(n => n.Offers).ThenBy(n => n.Term, StringComparer.Ordinal)
            .Take(MaxExpansions).ToList();
    }

    private static CompiledAutomaton AutomatonOf(string word, int edits)
    {
        if (Automata.TryGetValue((word, edits), out var known)) return known;
        var rest = new LevenshteinAutomata(word[1..], withTranspositions: true).ToAutomaton(edits);
        var compiled = new CompiledAutomaton(BasicOperations.Concatenate(BasicAutomata.MakeString(word[..1]), rest), true, false);
        if (Automata.Count >= AutomataCapacity) Automata.Clear();
        Automata.TryAdd((word, edits), compiled);
        return compiled;
    }

    /// <summary>Edits between two words: insertions, deletions, substitutions and swaps of neighbouring letters.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}

/// <summary>A term near a typed word: how many edits away, and how many offers hold it.</summary>
internal readonly record struct Neighbour(string Term, int Edits, int Offers);
