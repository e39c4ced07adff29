using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Catalogue.Search.Lucene;

/// <summary>
/// Builds the ranking query from the user's words. User text never reaches a query parser: it is analysed by the
/// same chain as the index, so there is no query syntax to inject, and fuzzy terms are built from folded, stemmed
/// tokens (the classic parser would not analyse "łódź~").
/// </summary>
internal static class LuceneTextQuery
{
    /// <summary>More words than this add nothing to a catalogue search but cost; the rest is ignored.</summary>
    public const int MaxTokens = 24;
    private const int FuzzyMinLength = 5;
    private const float FuzzyWeight = 0.3f;
    // Typos are looked for where people name what they want (titles, professions, towns), not in long descriptions:
    // expanding a typo over the description's whole vocabulary costs more than everything else in a search.
    private static readonly string[] FuzzyFields = [LuceneOfferFields.Title, LuceneOfferFields.Professions, LuceneOfferFields.Places];

    /// <summary>The distinct analysed terms of the text: what the highlighter marks.</summary>
    public static IReadOnlyCollection<string> Terms(PolishAnalyzer analyzer, string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : analyzer.Tokens(LuceneOfferFields.Title, text, MaxTokens).Select(t => t.Term).ToHashSet();

    /// <summary>Null when the text has no searchable word (only punctuation or stop words): the search is then unranked.</summary>
    public static Query? Build(PolishAnalyzer analyzer, IndexReader reader, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var tokens = analyzer.Tokens(LuceneOfferFields.Title, text, MaxTokens);
        if (tokens.Count == 0) return null;

        var query = new BooleanQuery();
        foreach (var term in tokens.Select(t => t.Term).Distinct())
            query.Add(AnyField(reader, term), Occur.MUST);

        if (tokens.Count > 1)
        {
            // An exact phrase beats the same words scattered.
            query.Add(Phrase(LuceneOfferFields.Title, tokens, 3f), Occur.SHOULD);
            query.Add(Phrase(LuceneOfferFields.Text, tokens, 1.5f), Occur.SHOULD);
        }
        return query;
    }

    private static BooleanQuery AnyField(IndexReader reader, string term)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in LuceneOfferFields.TextBoosts)
            any.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
        if (term.Length >= FuzzyMinLength && LooksMistyped(reader, term))
        {
            // One typo, ranked below the exact word; the first letter must be right and at most 16 spellings are tried,
            // which keeps the expansion cheap.
            foreach (var field in FuzzyFields)
                any.Add(new FuzzyQuery(new Term(field, term), maxEdits: 1, prefixLength: 1, maxExpansions: 16, transpositions: true) { Boost = LuceneOfferFields.TextBoosts[field] * FuzzyWeight }, Occur.SHOULD);
        }
        return any;
    }

    /// <summary>
    /// A word that at most <see cref="RareWord"/> offers use where typos are looked for is probably mistyped: only then
    /// are its one-edit neighbours searched too. A word many offers share is what the user meant, and expanding it would
    /// cost more than the rest of the search.
    /// </summary>
    private static bool LooksMistyped(IndexReader reader, string term) =>
        FuzzyFields.Sum(field => reader.DocFreq(new Term(field, term))) <= RareWord;

    private const int RareWord = 3;

    private static PhraseQuery Phrase(string field, List<(string Term, int Position)> tokens, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var (term, position) in tokens) phrase.Add(new Term(field, term), position);
        return phrase;
    }
}
