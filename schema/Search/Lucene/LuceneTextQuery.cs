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
    private static readonly string[] SynonymStemFields = [LuceneOfferFields.Title, LuceneOfferFields.Professions];

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

    /// <summary>
    /// What the highlighter marks, as stems: the plan's words and synonyms, and the typo neighbours the search looked
    /// for (so "spawnie" marks "spawanie", and nothing else one letter away).
    /// </summary>
    public IReadOnlySet<string> HighlightTerms(IndexReader reader, SearchPlan plan)
    {
        var words = plan.Units.Where(u => u.Code is null).SelectMany(u => u.Words.Concat(u.Alternatives)).ToList();
        var terms = ReaderTerms.For(reader);
        foreach (var word in plan.Units.Where(u => u.Code is null).SelectMany(u => u.Words).ToList())
        {
            var exact = analysis.Terms(analysis.Exact, LuceneOfferFields.TitleExact, word);
            var stems = analysis.Terms(analysis.Stem, LuceneOfferFields.Title, word);
            if (exact.Count != 1 || exact[0].Length < FuzzyMinLength || !IsRare(terms, exact[0], stems)) continue;
            var edits = Edits(terms, exact[0], stems);
            words.AddRange(LuceneOfferFields.ExactBoosts.Keys.SelectMany(field => terms.Neighbours(field, exact[0], edits)).Select(n => n.Term));
            words.AddRange(stems.Where(s => s.Length >= FuzzyMinLength)
                .SelectMany(stem => FuzzyStemFields.SelectMany(field => terms.Neighbours(field, stem, 1))).Select(n => n.Term));
        }
        return words.SelectMany(w => analysis.Terms(analysis.Stem, LuceneOfferFields.Title, w)).ToHashSet(StringComparer.Ordinal);
    }

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
            var synonym = SynonymWords(ReaderTerms.For(reader), words);
            synonym.Boost = SynonymWeight / words.Length;
            any.Add(synonym);
        }
        return any;
    }

    /// <summary>
    /// A synonym's words, looked for only where things are named (titles and professions, exact and stemmed): a synonym
    /// group can hold common words, and expanding them over every field would cost more than the rest of the search.
    /// </summary>
    private BooleanQuery SynonymWords(ReaderTerms terms, IReadOnlyList<string> words)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            var stems = analysis.Terms(analysis.Stem, LuceneOfferFields.Title, word);
            if (stems.Count == 0) continue; // a stop word inside the synonym
            var any = new BooleanQuery(disableCoord: true);
            foreach (var stem in stems)
                foreach (var field in SynonymStemFields)
                    AddTerm(any, terms, field, stem, LuceneOfferFields.TextBoosts[field]);
            all.Add(any, Occur.MUST);
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
        var terms = ReaderTerms.For(reader);
        foreach (var term in exact)
            foreach (var (field, boost) in LuceneOfferFields.ExactBoosts)
                AddTerm(any, terms, field, term, boost);
        foreach (var lemma in exact.Count == 1 ? analysis.Terms(analysis.Lemma, LuceneOfferFields.TitleLemma, word) : [])
            foreach (var (field, boost) in LuceneOfferFields.LemmaBoosts)
                AddTerm(any, terms, field, lemma, boost);
        foreach (var stem in stems)
            foreach (var (field, boost) in LuceneOfferFields.TextBoosts)
                AddTerm(any, terms, field, stem, boost);
        var rare = exact.Count == 1 && (fuzzy || prefix) && IsRare(terms, exact[0], stems);
        if (rare && fuzzy && exact[0].Length >= FuzzyMinLength)
        {
            // A typed word the index does not know, or that few offers name, is probably mistyped (by the user or by the
            // offer), also in its ending ("spawnie"). The first letter must be right and at most 16 spellings are tried,
            // which keeps the expansion cheap; a word many offers name is what the user meant, and is not expanded.
            // Both forms: the exact one catches a typo in an ending ("spawnie"), the stem one a typo before an ending
            // the titles add ("pyton" → "Pythonie").
            var edits = Edits(terms, exact[0], stems);
            foreach (var (field, boost) in LuceneOfferFields.ExactBoosts)
                any.Add(Fuzzy(terms, field, exact[0], edits, boost), Occur.SHOULD);
            foreach (var stem in stems.Where(s => s.Length >= FuzzyMinLength))
                foreach (var field in FuzzyStemFields) any.Add(Fuzzy(terms, field, stem, 1, LuceneOfferFields.TextBoosts[field]), Occur.SHOULD);
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

    /// <summary>Two edits only for a long word no offer has anywhere: a two-edit automaton costs milliseconds to build.</summary>
    private static int Edits(ReaderTerms terms, string exact, IReadOnlyList<string> stems) =>
        exact.Length >= TwoEditsMinLength && IsUnknown(terms, exact, stems) ? 2 : 1;

    /// <summary>
    /// The word's typo neighbours in one field, each weighted below the word as typed and the more so the more edits
    /// away (as Lucene's fuzzy query weighs them).
    /// </summary>
    private static BooleanQuery Fuzzy(ReaderTerms terms, string field, string word, int edits, float boost)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var neighbour in terms.Neighbours(field, word, edits))
            AddTerm(any, terms, field, neighbour.Term, boost * FuzzyWeight * (1f - (float)neighbour.Edits / word.Length));
        return any;
    }

    /// <summary>A word is rare when at most <see cref="RareWord"/> offers name it (exactly or by stem) in a title or profession.</summary>
    private static bool IsRare(ReaderTerms terms, string exact, IReadOnlyList<string> stems) =>
        LuceneOfferFields.ExactBoosts.Keys.Sum(field => terms.DocFreq(field, exact))
        + stems.Sum(stem => terms.DocFreq(LuceneOfferFields.Title, stem) + terms.DocFreq(LuceneOfferFields.Professions, stem)) <= RareWord;

    private const int RareWord = 3;

    /// <summary>A word is unknown when neither its exact form (in titles and professions) nor its stem (anywhere) is in the index.</summary>
    internal static bool IsUnknown(ReaderTerms terms, string exact, IReadOnlyList<string> stems) =>
        LuceneOfferFields.ExactBoosts.Keys.All(field => terms.DocFreq(field, exact) == 0)
        && stems.All(stem => StemFields.All(field => terms.DocFreq(field, stem) == 0));

    /// <summary>The term as a SHOULD clause, unless no offer has it.</summary>
    private static void AddTerm(BooleanQuery any, ReaderTerms terms, string field, string text, float boost)
    {
        if (terms.Query(field, text, boost) is { } query) any.Add(query, Occur.SHOULD);
    }

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
