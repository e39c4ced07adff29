using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Catalogue.Search.Lucene;

/// <summary>
/// Typeahead: offer titles whose words start with what was typed (from the edge-n-gram field), plus provider names
/// from the index. Professions and towns come from the vocabularies and are merged by the caller's contract
/// implementation; here only what the index holds.
/// </summary>
internal sealed class LuceneSuggester
{
    private static readonly ConditionalWeakTable<IndexReader, List<(string Folded, string Name)>> ProviderNames = new();

    public IReadOnlyList<Suggestion> Suggest(IndexSearcher searcher, string prefix, int limit)
    {
        var words = PolishFolding.Fold(prefix).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.Length > 20 ? w[..20] : w).Take(6).ToList();
        if (words.Count == 0 || limit <= 0) return [];

        var query = new BooleanQuery();
        foreach (var word in words) query.Add(new TermQuery(new Term(LuceneOfferFields.Suggest, word)), Occur.MUST);
        query.Add(new TermQuery(new Term(LuceneOfferFields.Status, "active")), Occur.MUST);

        var suggestions = new List<Suggestion>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var joined = string.Join(' ', words);
        foreach (var (folded, name) in Providers(searcher.IndexReader))
        {
            if (suggestions.Count >= Math.Max(1, limit / 4)) break;
            if (folded.StartsWith(joined, StringComparison.Ordinal) || folded.Contains(" " + joined, StringComparison.Ordinal))
                if (seen.Add(name)) suggestions.Add(new Suggestion(name, "provider", null));
        }
        var leaves = searcher.IndexReader.Leaves;
        var scratch = new global::Lucene.Net.Util.BytesRef();
        foreach (var scored in searcher.Search(query, limit * 5).ScoreDocs)
        {
            if (suggestions.Count >= limit) break;
            // Doc values, not stored documents: no decompression of descriptions to show a title.
            var leaf = leaves[ReaderUtil.SubIndex(scored.Doc, leaves)];
            var doc = scored.Doc - leaf.DocBase;
            leaf.AtomicReader.GetBinaryDocValues(LuceneOfferFields.TitleValue).Get(doc, scratch);
            var title = scratch.Utf8ToString();
            leaf.AtomicReader.GetBinaryDocValues(LuceneOfferFields.IdValue).Get(doc, scratch);
            if (seen.Add(title)) suggestions.Add(new Suggestion(title, "offer", scratch.Utf8ToString()));
        }
        return suggestions;
    }

    private static List<(string Folded, string Name)> Providers(IndexReader reader) => ProviderNames.GetValue(reader, r =>
        ReaderBitsets.For(r).Values(LuceneOfferFields.ProviderName).Select(n => (PolishFolding.Fold(n), n)).ToList());
}
