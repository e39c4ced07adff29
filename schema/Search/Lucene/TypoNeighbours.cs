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
            if (term != word) found.Add(new Neighbour(term, LuceneSpelling.Distance(word, term, edits), iterator.DocFreq));
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
}

/// <summary>A term near a typed word: how many edits away, and how many offers hold it.</summary>
internal readonly record struct Neighbour(string Term, int Edits, int Offers);
