using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Catalogue.Search.Lucene;

/// <summary>
/// For one point-in-time reader: which live documents carry each keyword value, as a bitset over the whole index.
/// Filters are unions and intersections of these, and a facet count is one intersection count per value, which
/// stays in the microseconds at 200,000 offers. Built lazily and dropped with the reader after a refresh.
/// </summary>
internal sealed class ReaderBitsets
{
    private static readonly ConditionalWeakTable<IndexReader, ReaderBitsets> PerReader = new();

    private readonly IndexReader _reader;
    private readonly ConcurrentDictionary<(string Field, string Value), FixedBitSet> _bits = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _values = new();

    private ReaderBitsets(IndexReader reader) => _reader = reader;

    public static ReaderBitsets For(IndexReader reader) => PerReader.GetValue(reader, r => new ReaderBitsets(r));

    public int MaxDoc => _reader.MaxDoc;

    public FixedBitSet Get(string field, string value) => _bits.GetOrAdd((field, value), key => Load(key.Field, key.Value));

    /// <summary>Documents carrying any of <paramref name="values"/>; a new bitset the caller may modify.</summary>
    public FixedBitSet Union(string field, IEnumerable<string> values)
    {
        var union = new FixedBitSet(_reader.MaxDoc);
        foreach (var value in values) union.Or(Get(field, value));
        return union;
    }

    /// <summary>Every value present in a keyword field, in term order.</summary>
    public IReadOnlyList<string> Values(string field) => _values.GetOrAdd(field, f =>
    {
        var values = new List<string>();
        var terms = MultiFields.GetTerms(_reader, f);
        if (terms is null) return values;
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext()) values.Add(iterator.Term.Utf8ToString());
        return values;
    });

    private FixedBitSet Load(string field, string value)
    {
        var bits = new FixedBitSet(_reader.MaxDoc);
        var docs = MultiFields.GetTermDocsEnum(_reader, MultiFields.GetLiveDocs(_reader), field, new BytesRef(value));
        if (docs is null) return bits;
        int doc;
        while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS) bits.Set(doc);
        return bits;
    }
}
