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
    private static readonly string[] FuzzyFields = [LuceneOfferFields.Title, LuceneOfferFields.Professions, LuceneOfferFields.Places, LuceneOfferFields.Text];

    /// <summary>Null when the text has no searchable word (only punctuation or stop words): the search is then unranked.</summary>
    public static Query? Build(PolishAnalyzer analyzer, string? text, int today)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var tokens = analyzer.Tokens(LuceneOfferFields.Title, text, MaxTokens);
        if (tokens.Count == 0) return null;

        var query = new BooleanQuery();
        foreach (var term in tokens.Select(t => t.Term).Distinct())
            query.Add(AnyField(term), Occur.MUST);

        if (tokens.Count > 1)
        {
            // An exact phrase beats the same words scattered.
            query.Add(Phrase(LuceneOfferFields.Title, tokens, 3f), Occur.SHOULD);
            query.Add(Phrase(LuceneOfferFields.Text, tokens, 1.5f), Occur.SHOULD);
        }
        // Among equal matches, an offer one can still enrol in beats one without upcoming runs.
        var upcoming = new ConstantScoreQuery(NumericRangeQuery.NewInt32Range(LuceneOfferFields.StartDay, today, null, true, true)) { Boost = 0.5f };
        query.Add(upcoming, Occur.SHOULD);
        return query;
    }

    private static BooleanQuery AnyField(string term)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in LuceneOfferFields.TextBoosts)
            any.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
        if (term.Length >= FuzzyMinLength)
        {
            // One typo, ranked below the exact word; the first letter must be right, which keeps fuzzy expansion cheap.
            foreach (var field in FuzzyFields)
                any.Add(new FuzzyQuery(new Term(field, term), maxEdits: 1, prefixLength: 1) { Boost = LuceneOfferFields.TextBoosts[field] * FuzzyWeight }, Occur.SHOULD);
        }
        return any;
    }

    private static PhraseQuery Phrase(string field, List<(string Term, int Position)> tokens, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var (term, position) in tokens) phrase.Add(new Term(field, term), position);
        return phrase;
    }
}
