using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Catalogue.Search.Lucene;

/// <summary>
/// Translates a <see cref="SearchPlan"/> into the ranking query. User text never reaches a query parser: each word is
/// analysed by the same chains as the index, so there is no query syntax to inject. Per word, the exact folded form
/// outweighs the stem; synonyms, one-typo neighbours and prefixes weigh less. The units are covered by at least the
/// plan's minimum, and an offer covering more of them scores more (<see cref="CoverageSimilarity"/>). What the
/// vocabularies recognised is a code unit, or (place, mode, kind, free) a factor applied by <see cref="OfferHitCollector"/>.
/// </summary>
internal sealed class LuceneTextQuery(LuceneAnalysis analysis)
{
    private const float SynonymWeight = 0.5f, FuzzyWeight = 0.3f, PrefixWeight = 0.4f, OptionalWeight = 0.2f;
    private const float CodeBoost = 40f, TieBreaker = 0.1f;
    private const int FuzzyMinLength = 4, TwoEditsMinLength = 8;
    private static readonly string[] StemFields = [LuceneOfferFields.Title, LuceneOfferFields.Professions, LuceneOfferFields.Text];
    private static readonly string[] FuzzyStemFields = [LuceneOfferFields.Title, LuceneOfferFields.Professions];
    private static readonly string[] SynonymStemFields = [LuceneOfferFields.Title, LuceneOfferFields.Professions, LuceneOfferFields.Qualifications];

    /// <summary>Null when the plan has nothing to search by: the search is then unranked (or, with words, empty).</summary>
    public Query? Build(IndexReader reader, SearchPlan plan)
    {
        if (plan.NothingToSearch) return null;
        var query = new BooleanQuery(disableCoord: true);
        if (plan.Units.Count > 0)
        {
            // When every unit is required they are MUSTs: the same offers and scores (full coverage), and a conjunction
            // lets the rarest unit lead instead of scoring every offer any unit matches.
            var all = plan.MinimumShouldMatch >= plan.Units.Count;
            var units = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = all ? 0 : plan.MinimumShouldMatch };
            foreach (var unit in plan.Units) units.Add(Unit(reader, unit), all ? Occur.MUST : Occur.SHOULD);
            query.Add(units, Occur.MUST);
            var words = plan.Units.Where(u => u.Code is null).SelectMany(u => u.Words).ToList();
            if (words.Count > 1)
            {
                // An exact phrase beats the same words scattered.
                query.Add(Phrase(LuceneOfferFields.Title, words, 3f), Occur.SHOULD);
                query.Add(Phrase(LuceneOfferFields.Text, words, 1.5f), Occur.SHOULD);
            }
        }
        else
        {
            // Nothing but understood words ("kursy online w Łodzi"): each kind of them becomes a requirement.
            foreach (var group in plan.Terms.GroupBy(t => t.Type is UnderstoodTypes.Powiat ? UnderstoodTypes.City : t.Type))
                query.Add(Any(group.SelectMany(Filter)), Occur.MUST);
        }
        foreach (var word in plan.OptionalWords)
        {
            var optional = Word(reader, word, fuzzy: false, prefix: false);
            optional.Boost = OptionalWeight;
            query.Add(optional, Occur.SHOULD);
        }
        return query;
    }

    /// <summary>The distinct analysed terms of the plan's words and synonyms: what the highlighter marks.</summary>
    public IReadOnlyCollection<string> HighlightTerms(SearchPlan plan) => plan.Units.Where(u => u.Code is null)
        .SelectMany(u => u.Words.Concat(u.Alternatives))
        .SelectMany(w => analysis.Terms(analysis.Stem, LuceneOfferFields.Title, w)).ToHashSet();

    /// <summary>
    /// The best of the unit's readings (the words as typed, each synonym at a lower weight, its code), not their sum: a
    /// synonym of several words must not outweigh the word that was typed.
    /// </summary>
    private DisjunctionMaxQuery Unit(IndexReader reader, TextUnit unit)
    {
        var any = new DisjunctionMaxQuery(TieBreaker);
        if (unit.Code is { } code) any.Add(new ConstantScoreQuery(Any(Filter(code))) { Boost = CodeBoost });
        else any.Add(AllWords(reader, unit.Words, fuzzy: true, unit.Prefix));
        foreach (var alternative in unit.Alternatives)
        {
            var words = alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var synonym = SynonymWords(words);
            synonym.Boost = SynonymWeight / words.Length;
            any.Add(synonym);
        }
        return any;
    }

    /// <summary>
    /// A synonym's words, looked for only where things are named (titles and professions, exact and stemmed): a synonym
    /// group can hold common words, and expanding them over every field would cost more than the rest of the search.
    /// </summary>
    private BooleanQuery SynonymWords(IReadOnlyList<string> words)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var term in analysis.Terms(analysis.Exact, LuceneOfferFields.TitleExact, word))
                foreach (var (field, boost) in LuceneOfferFields.ExactBoosts)
                    any.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
            foreach (var stem in analysis.Terms(analysis.Stem, LuceneOfferFields.Title, word))
                foreach (var field in SynonymStemFields)
                    any.Add(new TermQuery(new Term(field, stem)) { Boost = LuceneOfferFields.TextBoosts[field] }, Occur.SHOULD);
            if (any.Clauses.Count > 0) all.Add(any, Occur.MUST);
        }
        return all;
    }

    private BooleanQuery AllWords(IndexReader reader, IReadOnlyList<string> words, bool fuzzy, bool prefix)
    {
        if (words.Count == 1) return Word(reader, words[0], fuzzy, prefix);
        var all = new BooleanQuery(disableCoord: true);
        foreach (var word in words) all.Add(Word(reader, word, fuzzy, prefix: false), Occur.MUST);
        return all;
    }

    /// <summary>One folded word in every text field: exact form, dictionary lemmas, stem, and (for a word the index does not know) one or two typos.</summary>
    private BooleanQuery Word(IndexReader reader, string word, bool fuzzy, bool prefix)
    {
        var any = new BooleanQuery(disableCoord: true);
        var exact = analysis.Terms(analysis.Exact, LuceneOfferFields.TitleExact, word);
        var stems = analysis.Terms(analysis.Stem, LuceneOfferFields.Title, word);
        if (exact.Count > 1 || stems.Count > 1)
        {
            // A hyphenated word ("koparko-ładowarka"): every part must match.
            var parts = new BooleanQuery(disableCoord: true);
            foreach (var part in exact) parts.Add(Word(reader, part, fuzzy, prefix: false), Occur.MUST);
            return parts;
        }
        foreach (var term in exact)
            foreach (var (field, boost) in LuceneOfferFields.ExactBoosts)
                any.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
        foreach (var lemma in exact.Count == 1 ? analysis.Terms(analysis.Lemma, LuceneOfferFields.TitleLemma, word) : [])
            foreach (var (field, boost) in LuceneOfferFields.LemmaBoosts)
                any.Add(new TermQuery(new Term(field, lemma)) { Boost = boost }, Occur.SHOULD);
        foreach (var stem in stems)
            foreach (var (field, boost) in LuceneOfferFields.TextBoosts)
                any.Add(new TermQuery(new Term(field, stem)) { Boost = boost }, Occur.SHOULD);
        var rare = exact.Count == 1 && (fuzzy || prefix) && IsRare(reader, exact[0], stems);
        if (rare && fuzzy && exact[0].Length >= FuzzyMinLength)
        {
            // A typed word the index does not know, or that few offers name, is probably mistyped (by the user or by the
            // offer), also in its ending ("spawnie"). The first letter must be right and at most 16 spellings are tried,
            // which keeps the expansion cheap; a word many offers name is what the user meant, and is not expanded.
            // Both forms: the exact one catches a typo in an ending ("spawnie"), the stem one a typo before an ending
            // the titles add ("pyton" → "Pythonie").
            // Two edits only for a long word no offer has anywhere: a two-edit automaton costs milliseconds to build.
            var edits = exact[0].Length >= TwoEditsMinLength && IsUnknown(reader, exact[0], stems) ? 2 : 1;
            foreach (var (field, boost) in LuceneOfferFields.ExactBoosts)
                any.Add(Fuzzy(field, exact[0], edits, boost), Occur.SHOULD);
            foreach (var stem in stems.Where(s => s.Length >= FuzzyMinLength))
                foreach (var field in FuzzyStemFields) any.Add(Fuzzy(field, stem, 1, LuceneOfferFields.TextBoosts[field]), Occur.SHOULD);
        }
        if (rare && prefix)
        {
            // The last word may still be being typed: "prog" finds "programowanie", below whole words. A word many
            // offers name is already what the user meant (and expanding it would cost more than the search).
            foreach (var (field, boost) in LuceneOfferFields.ExactBoosts)
                any.Add(new ConstantScoreQuery(new PrefixQuery(new Term(field, exact[0]))) { Boost = boost * PrefixWeight }, Occur.SHOULD);
        }
        return any;
    }

    private static FuzzyQuery Fuzzy(string field, string term, int edits, float boost) =>
        new(new Term(field, term), edits, prefixLength: 1, maxExpansions: 16, transpositions: true) { Boost = boost * FuzzyWeight };

    /// <summary>A word is rare when at most <see cref="RareWord"/> offers name it (exactly or by stem) in a title or profession.</summary>
    private static bool IsRare(IndexReader reader, string exact, IReadOnlyList<string> stems) =>
        LuceneOfferFields.ExactBoosts.Keys.Sum(field => reader.DocFreq(new Term(field, exact)))
        + stems.Sum(stem => reader.DocFreq(new Term(LuceneOfferFields.Title, stem)) + reader.DocFreq(new Term(LuceneOfferFields.Professions, stem))) <= RareWord;

    private const int RareWord = 3;

    /// <summary>A word is unknown when neither its exact form (in titles and professions) nor its stem (anywhere) is in the index.</summary>
    internal static bool IsUnknown(IndexReader reader, string exact, IReadOnlyList<string> stems) =>
        LuceneOfferFields.ExactBoosts.Keys.All(field => reader.DocFreq(new Term(field, exact)) == 0)
        && stems.All(stem => StemFields.All(field => reader.DocFreq(new Term(field, stem)) == 0));

    /// <summary>The keyword terms an understood term stands for.</summary>
    internal static IEnumerable<Term> Filter(UnderstoodTerm term) => term.Type switch
    {
        UnderstoodTypes.City => [new Term(LuceneOfferFields.City, term.Value)],
        UnderstoodTypes.Powiat => [new Term(LuceneOfferFields.Powiat, term.Value)],
        UnderstoodTypes.Kind => [new Term(LuceneOfferFields.Kind, term.Value)],
        UnderstoodTypes.Mode => [new Term(LuceneOfferFields.Mode, term.Value)],
        UnderstoodTypes.Free => [new Term(LuceneOfferFields.Free, "true")],
        UnderstoodTypes.Profession => [new Term(LuceneOfferFields.Profession, term.Value)],
        UnderstoodTypes.Qualification => [new Term(LuceneOfferFields.Qualification, term.Value)],
        UnderstoodTypes.Isced => [new Term(LuceneOfferFields.Isced, term.Value)],
        UnderstoodTypes.Level => [new Term(LuceneOfferFields.Level, term.Value)],
        _ => [],
    };

    private static BooleanQuery Any(IEnumerable<Term> terms)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var term in terms) any.Add(new TermQuery(term), Occur.SHOULD);
        return any;
    }

    private PhraseQuery Phrase(string field, List<string> words, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        var position = 0;
        foreach (var word in words)
            foreach (var term in analysis.Terms(analysis.Stem, field, word)) phrase.Add(new Term(field, term), position++);
        return phrase;
    }
}
