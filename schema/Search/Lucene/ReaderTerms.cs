using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Catalogue.Search.Lucene;

/// <summary>
/// For one point-in-time reader: where each searched term is in the index (its <see cref="TermContext"/>), looked up
/// once and reused by every later query on that reader. A word becomes a dozen term queries (exact, lemma and stem
/// forms in several fields, synonyms), and looking each up again on every search cost as much as scoring the hits.
/// Bounded: past <see cref="Capacity"/> terms, new ones are looked up per query as Lucene does by itself.
/// </summary>
internal sealed class ReaderTerms
{
    private const int Capacity = 50_000;
    private static readonly ConditionalWeakTable<IndexReader, ReaderTerms> PerReader = new();

    private readonly IndexReader _reader;
    private readonly ConcurrentDictionary<Term, TermContext> _contexts = new();
    private readonly ConcurrentDictionary<(string Field, string Word, int Edits), IReadOnlyList<Neighbour>> _neighbours = new();

    private ReaderTerms(IndexReader reader) => _reader = reader;

    public static ReaderTerms For(IndexReader reader) => PerReader.GetValue(reader, r => new ReaderTerms(r));

    /// <summary>How many live or deleted documents hold the term (as <see cref="IndexReader.DocFreq"/>).</summary>
    public int DocFreq(string field, string text) => Context(new Term(field, text)).DocFreq;

    /// <summary>A query for the term, or null when no document holds it (a clause that can never match is left out).</summary>
    public TermQuery? Query(string field, string text, float boost = 1f)
    {
        var term = new Term(field, text);
        var context = Context(term);
        return context.DocFreq == 0 ? null : new TermQuery(term, context) { Boost = boost };
    }

    /// <summary>The field's terms within <paramref name="edits"/> of a typed word (see <see cref="TypoNeighbours"/>), looked for once per reader.</summary>
    public IReadOnlyList<Neighbour> Neighbours(string field, string word, int edits)
    {
        if (_neighbours.TryGetValue((field, word, edits), out var known)) return known;
        var found = TypoNeighbours.Find(_reader, field, word, edits);
        if (_neighbours.Count < Capacity) _neighbours.TryAdd((field, word, edits), found);
        return found;
    }

    private TermContext Context(Term term)
    {
        if (_contexts.TryGetValue(term, out var known)) return known;
        var context = TermContext.Build(_reader.Context, term);
        if (_contexts.Count < Capacity) _contexts.TryAdd(term, context);
        return context;
    }
}
