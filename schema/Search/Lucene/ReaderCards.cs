using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Catalogue.Search.Lucene;

/// <summary>
/// For one point-in-time reader: the result cards already unpacked, by document. Unpacking a card (Brotli, then JSON)
/// was the largest single cost of a results page; the offers people look at repeat from search to search, and a card
/// never changes within a reader (an edit makes a new reader). Solr's document cache, for our cards. Bounded: past
/// <see cref="Capacity"/> cards, further ones are unpacked per search.
/// </summary>
internal sealed class ReaderCards
{
    private const int Capacity = 5_000;
    private static readonly ConditionalWeakTable<IndexReader, ReaderCards> PerReader = new();
    private readonly ConcurrentDictionary<int, (string Id, OfferCard? Card)> _cards = new();

    public static ReaderCards For(IndexReader reader) => PerReader.GetValue(reader, _ => new ReaderCards());

    /// <summary>The document's id and card, unpacked by <paramref name="read"/> the first time.</summary>
    public (string Id, OfferCard? Card) Get(int doc, Func<int, (string Id, OfferCard? Card)> read)
    {
        if (_cards.TryGetValue(doc, out var known)) return known;
        var card = read(doc);
        if (_cards.Count < Capacity) _cards.TryAdd(doc, card);
        return card;
    }
}
