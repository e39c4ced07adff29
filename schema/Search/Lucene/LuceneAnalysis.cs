using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Search.Similarities;

namespace Catalogue.Search.Lucene;

/// <summary>
/// The analysis chains of the embedded engine, one per kind of field: light stems (the default), exact folded words,
/// dictionary lemmas, and title prefixes for typeahead. The same instances analyse documents and queries.
/// </summary>
internal sealed class LuceneAnalysis
{
    public PolishAnalyzer Stem { get; } = new();
    public FoldedAnalyzer Exact { get; } = new();
    public LemmaAnalyzer Lemma { get; } = new();

    /// <summary>What the index writer uses: each field with its own chain.</summary>
    public Analyzer ForIndex() => new PerFieldAnalyzerWrapper(Stem, new Dictionary<string, Analyzer>
    {
        [LuceneOfferFields.Suggest] = new PrefixAnalyzer(),
        [LuceneOfferFields.TitleExact] = Exact,
        [LuceneOfferFields.ProfessionsExact] = Exact,
        [LuceneOfferFields.TitleLemma] = Lemma,
        [LuceneOfferFields.ProfessionsLemma] = Lemma,
        [LuceneOfferFields.QualificationsLemma] = Lemma,
        [LuceneOfferFields.TextLemma] = Lemma,
    });

    /// <summary>The analysed terms of one word in a field's chain (a hyphenated word gives several).</summary>
    public List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}

/// <summary>
/// BM25 with coordination: a boolean query's score is scaled by the share of its clauses an offer matches, so an offer
/// that covers more of the query's words ranks higher (plain BM25 in Lucene ignores coverage). Clauses built with
/// <c>disableCoord</c> (the alternatives of one word) are not scaled.
/// </summary>
internal sealed class CoverageSimilarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : (float)overlap / maxOverlap;
}
