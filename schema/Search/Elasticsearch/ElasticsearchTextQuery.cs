using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace Catalogue.Search.Elasticsearch;

/// <summary>
/// Translates a <see cref="SearchPlan"/> into the ranking query, clause for clause as the embedded engine's
/// <c>LuceneTextQuery</c>: per word the exact folded subfields (<c>.exact</c>) outweigh the dictionary lemmas and the
/// light stems; synonyms (0.5), typos (0.3, only for words <see cref="ElasticsearchWordStats"/> found rare) and the
/// last word as a prefix (0.4, constant) weigh less; codes are a constant 40 on their keyword field. The units sit in
/// one <c>bool</c> with the plan's <c>minimum_should_match</c>; Lucene's coordination (score × share of units covered)
/// is a <c>function_score</c> with one filter function per unit, weight 1/n, summed and multiplied in. Understood terms
/// multiply the whole text score through an outer <c>function_score</c> (weights multiplied; an offer matching none keeps ×1).
/// Only analysed text reaches the cluster: no query syntax to inject.
/// </summary>
internal static class ElasticsearchTextQuery
{
    private const double TieBreaker = 0.1;
    private const float SynonymWeight = 0.5f, FuzzyWeight = 0.3f, PrefixWeight = 0.4f, OptionalWeight = 0.2f, CodeBoost = 40f;
    private const int FuzzyMinLength = 4, TwoEditsMinLength = 8;

    /// <summary>Null when the plan has nothing to search by.</summary>
    public static Query? Build(SearchPlan plan, ISet<string> rareWords)
    {
        if (plan.NothingToSearch) return null;
        var must = new List<Query>();
        var should = new List<Query>();
        if (plan.Units.Count > 0)
        {
            must.Add(Coverage(plan, rareWords));
            var words = plan.Units.Where(u => u.Code is null).SelectMany(u => u.Words).ToList();
            if (words.Count > 1)
            {
                // An exact phrase beats the same words scattered.
                var phrase = string.Join(' ', words);
                should.Add(new MatchPhraseQuery(ElasticsearchOfferMapping.Title, phrase) { Boost = 3 });
                should.Add(new MatchPhraseQuery(ElasticsearchOfferMapping.Text, phrase) { Boost = 1.5f });
            }
        }
        else
        {
            // Nothing but understood words ("kursy online w Łodzi"): each kind of them becomes a requirement.
            foreach (var group in plan.Terms.GroupBy(t => t.Type is UnderstoodTypes.Powiat ? UnderstoodTypes.City : t.Type))
                must.Add(Any(group.SelectMany(Filter)));
        }
        foreach (var word in plan.OptionalWords) should.Add(Word(word, fuzzy: false, prefix: false, OptionalWeight));
        return Factors(plan, new BoolQuery { Must = must, Should = should.Count > 0 ? should : null });
    }

    /// <summary>The units, at least the plan's minimum of them, the score scaled by the share covered (Lucene's coord).</summary>
    private static Query Coverage(SearchPlan plan, ISet<string> rareWords)
    {
        var units = plan.Units.Select(u => Unit(u, rareWords)).ToList();
        var any = new BoolQuery { Should = units, MinimumShouldMatch = plan.MinimumShouldMatch };
        if (units.Count == 1) return any;
        var share = 1.0 / units.Count;
        return new FunctionScoreQuery
        {
            Query = any,
            Functions = [.. units.Select(u => new FunctionScore { Filter = u, Weight = share })],
            ScoreMode = FunctionScoreMode.Sum,
            BoostMode = FunctionBoostMode.Multiply,
        };
    }

    /// <summary>The text score times <see cref="UnderstoodTypes.Factor"/> once per understood type the offer matches, and the online preference when a place was named.</summary>
    private static Query Factors(SearchPlan plan, Query text)
    {
        var functions = new List<FunctionScore>();
        foreach (var group in plan.Terms.Where(t => UnderstoodTypes.Factor(t.Type) != 1f).GroupBy(t => t.Type))
            functions.Add(new FunctionScore { Filter = Any(group.SelectMany(Filter)), Weight = Math.Round((double)UnderstoodTypes.Factor(group.Key), 4) });
        if (plan.Terms.Any(t => t.Type is UnderstoodTypes.City or UnderstoodTypes.Powiat))
            functions.Add(new FunctionScore { Filter = new TermQuery("mode", "online"), Weight = Math.Round((double)UnderstoodTypes.OnlineWhenPlaceNamed, 4) });
        if (functions.Count == 0) return text;
        return new FunctionScoreQuery { Query = text, Functions = functions, ScoreMode = FunctionScoreMode.Multiply, BoostMode = FunctionBoostMode.Multiply };
    }

    private static Query Unit(TextUnit unit, ISet<string> rareWords)
    {
        var any = new List<Query>();
        if (unit.Code is { } code) any.Add(new ConstantScoreQuery(Any(Filter(code))) { Boost = CodeBoost });
        else any.Add(AllWords(unit.Words, rareWords, unit.Prefix, 1f));
        foreach (var alternative in unit.Alternatives)
        {
            var words = alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            any.Add(AllWords(words, null, prefix: false, SynonymWeight / words.Length));
        }
        // The best reading, not their sum, as the embedded engine's DisjunctionMaxQuery (same tie-breaker).
        return any.Count == 1 ? any[0] : new DisMaxQuery { Queries = any, TieBreaker = TieBreaker };
    }

    private static Query AllWords(IReadOnlyList<string> words, ISet<string>? rareWords, bool prefix, float boost)
    {
        if (words.Count == 1) return Word(words[0], rareWords?.Contains(words[0]) == true, prefix, boost);
        return new BoolQuery { Must = [.. words.Select(w => Word(w, rareWords?.Contains(w) == true, prefix: false, 1f))], Boost = boost };
    }

    /// <summary>One folded word in every text field: exact form, lemma, stem, and (for a rare word) one or two typos.</summary>
    private static Query Word(string word, bool fuzzy, bool prefix, float boost)
    {
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1)
        {
            // A hyphenated word ("koparko-ładowarka"): every part must match.
            return new BoolQuery { Must = [.. parts.Select(p => Word(p, fuzzy, prefix: false, 1f))], Boost = boost };
        }
        var any = new List<Query>
        {
            MostFields(word, ElasticsearchOfferMapping.ExactFields),
            MostFields(word, ElasticsearchOfferMapping.LemmaFields),
            MostFields(word, ElasticsearchOfferMapping.TextFields),
        };
        if (fuzzy && word.Length >= FuzzyMinLength)
        {
            // A typed word few offers name is probably mistyped, also in its ending ("spawnie"): first letter right, at most 16 spellings.
            any.Add(new MultiMatchQuery(word)
            {
                Fields = Fields(ElasticsearchOfferMapping.ExactFields),
                Type = TextQueryType.MostFields,
                Fuzziness = word.Length >= TwoEditsMinLength ? 2 : 1,
                PrefixLength = 1,
                MaxExpansions = 16,
                Boost = FuzzyWeight,
            });
        }
        if (prefix)
        {
            // The last word may still be being typed: "prog" finds "programowanie", below whole words (constant score).
            foreach (var (field, weight) in ElasticsearchOfferMapping.ExactFields)
                any.Add(new PrefixQuery(field, word) { Boost = (float)(weight * PrefixWeight) });
        }
        return new BoolQuery { Should = any, Boost = boost == 1f ? null : boost };
    }

    private static MultiMatchQuery MostFields(string word, IReadOnlyList<(string Field, double Boost)> fields) => new(word)
    {
        Fields = Fields(fields),
        Type = TextQueryType.MostFields,
    };

    private static Fields Fields(IReadOnlyList<(string Field, double Boost)> fields) =>
        Elastic.Clients.Elasticsearch.Fields.FromStrings([.. fields.Select(f => f.Boost == 1 ? f.Field : $"{f.Field}^{f.Boost.ToString(CultureInfo.InvariantCulture)}")]);

    /// <summary>The keyword field and value an understood term stands for.</summary>
    internal static IEnumerable<(string Field, string Value)> Filter(UnderstoodTerm term) => term.Type switch
    {
        UnderstoodTypes.City => [("city", term.Value)],
        UnderstoodTypes.Powiat => [("powiat", term.Value)],
        UnderstoodTypes.Kind => [("kind", term.Value)],
        UnderstoodTypes.Mode => [("mode", term.Value)],
        UnderstoodTypes.Free => [("free", "true")],
        UnderstoodTypes.Profession => [("profession", term.Value)],
        UnderstoodTypes.Qualification => [("qualification", term.Value)],
        UnderstoodTypes.Isced => [("isced", term.Value)],
        UnderstoodTypes.Level => [("level", term.Value)],
        _ => [],
    };

    private static Query Any(IEnumerable<(string Field, string Value)> terms)
    {
        var list = terms.Select(t => (Query)new TermQuery(t.Field, t.Value)).ToList();
        return list.Count == 1 ? list[0] : new BoolQuery { Should = list };
    }
}
