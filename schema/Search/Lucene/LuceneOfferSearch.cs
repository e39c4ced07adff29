using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Catalogue.Search.Lucene;

/// <summary>Answers an <see cref="OfferQuery"/> on one point-in-time searcher: filters, ranking, facets, paging, highlights.</summary>
internal sealed class LuceneOfferSearch(LuceneAnalysis analysis, QueryUnderstanding understanding)
{
    private const int SnippetLength = 160;
    private readonly LuceneTextQuery _text = new(analysis);
    private readonly LuceneSpelling _spelling = new(analysis);

    /// <summary>
    /// The strict search; when it finds nothing and more than one word was required, the relaxed one (any word), said so
    /// in the interpretation. Words with no searchable content (only stop words) find nothing, explained.
    /// </summary>
    public OfferSearchResult Search(IndexSearcher searcher, OfferQuery query, DateOnly today)
    {
        var plan = understanding.Plan(query.Text);
        if (plan.NothingToSearch && !string.IsNullOrWhiteSpace(query.Text))
            return new OfferSearchResult([], 0, false, null, []) { Interpretation = new SearchInterpretation(plan, false, null) };
        var result = Search(searcher, query, plan, today);
        var relaxed = false;
        if (result.Total == 0 && plan.MinimumShouldMatch > 1 && query.Cursor is null)
        {
            result = Search(searcher, query, plan.Relaxed(), today);
            relaxed = true;
        }
        if (string.IsNullOrWhiteSpace(query.Text)) return result;
        var didYouMean = _spelling.DidYouMean(searcher.IndexReader, query.Text, plan);
        return result with { Interpretation = new SearchInterpretation(plan, relaxed, didYouMean) };
    }

    private OfferSearchResult Search(IndexSearcher searcher, OfferQuery query, SearchPlan plan, DateOnly today)
    {
        var bits = ReaderBitsets.For(searcher.IndexReader);
        var structural = Intersect(bits.MaxDoc,
            bits.Get(LuceneOfferFields.Status, query.Status.ToString().ToLowerInvariant()),
            Union(bits, LuceneOfferFields.ProviderId, query.Providers),
            Union(bits, LuceneOfferFields.City, query.Cities.Select(PolishFolding.Fold)),
            Union(bits, LuceneOfferFields.Profession, query.Professions),
            Union(bits, LuceneOfferFields.Qualification, query.Qualifications),
            Union(bits, LuceneOfferFields.Language, query.Languages));
        var facetFilters = LuceneFacets.Filters(bits, query);
        var allFacets = Intersect(bits.MaxDoc, [.. facetFilters.Values]);

        var textQuery = _text.Build(searcher.IndexReader, plan);
        var sortQuery = query with { Sort = query.EffectiveSort };
        var reversed = query.Direction is { } d && d != OfferHitCollector.Natural(query.EffectiveSort);
        var after = query.Cursor is null ? (SortKey?)null : SortKey.FromCursor(query.Cursor, query.EffectiveSort, reversed);
        var keep = after is null ? query.Page * query.PageSize : query.PageSize;
        var collector = new OfferHitCollector(sortQuery, structural, allFacets, bits.MaxDoc, today.DayNumber, keep, after, Factors(bits, plan));
        searcher.Search(textQuery ?? new MatchAllDocsQuery(), collector);

        var best = collector.Best();
        var page = after is null ? best.Skip((query.Page - 1) * query.PageSize).ToList() : best;
        var shownSoFar = after is null ? (long)query.Page * query.PageSize : page.Count;
        var nextCursor = collector.AfterCursor > shownSoFar && page.Count > 0
            ? page[^1].Key.ToCursor(query.EffectiveSort, reversed) : null;

        var highlighter = query.IncludeHighlights && textQuery is not null
            ? new TermHighlighter(analysis.Stem, _text.HighlightTerms(searcher.IndexReader, plan)) : null;
        var cards = ReaderCards.For(searcher.IndexReader);
        var hits = page.Select(hit =>
        {
            var (id, card) = cards.Get(hit.Doc, doc => ReadCard(searcher, doc));
            return new OfferHit(
                id,
                hit.Score,
                hit.DistanceKm is { } km && km < double.MaxValue ? Math.Round(km, 2) : null,
                highlighter is null || card is null ? Empty : Highlights(card, highlighter))
            {
                Card = card,
            };
        }).ToList();

        var facets = query.IncludeFacets ? LuceneFacets.Count(bits, collector.Base, facetFilters) : [];
        var total = Math.Min(collector.Total, OfferSearchResult.TotalLimit);
        return new OfferSearchResult(hits, total, collector.Total > OfferSearchResult.TotalLimit, nextCursor, facets);
    }

    /// <summary>The id and result card kept in the index for one document (global doc id).</summary>
    private static (string Id, OfferCard? Card) ReadCard(IndexSearcher searcher, int globalDoc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[global::Lucene.Net.Index.ReaderUtil.SubIndex(globalDoc, leaves)];
        var reader = leaf.AtomicReader;
        var doc = globalDoc - leaf.DocBase;
        var scratch = new BytesRef();
        reader.GetBinaryDocValues(LuceneOfferFields.IdValue).Get(doc, scratch);
        var id = scratch.Utf8ToString();
        reader.GetBinaryDocValues(LuceneOfferFields.PayloadValue).Get(doc, scratch);
        var card = scratch.Length > 0
            ? SnapshotCodec.Unpack(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length))
            : OfferCard.Deserialize(searcher.Doc(globalDoc, StoredFields).Get(LuceneOfferFields.Payload));
        return (id, card);
    }

    /// <summary>The offers matching each type of understood term, with its factor (see <see cref="UnderstoodTypes.Factor"/>).</summary>
    private static List<(FixedBitSet, float)> Factors(ReaderBitsets bits, SearchPlan plan)
    {
        var factors = new List<(FixedBitSet, float)>();
        foreach (var group in plan.Terms.Where(t => UnderstoodTypes.Factor(t.Type) != 1f).GroupBy(t => t.Type))
        {
            var offers = new FixedBitSet(bits.MaxDoc);
            foreach (var term in group.SelectMany(LuceneTextQuery.Filter)) offers.Or(bits.Get(term.Field, term.Text));
            factors.Add((offers, UnderstoodTypes.Factor(group.Key)));
        }
        if (plan.Terms.Any(t => t.Type is UnderstoodTypes.City or UnderstoodTypes.Powiat))
            factors.Add((bits.Get(LuceneOfferFields.Mode, "online"), UnderstoodTypes.OnlineWhenPlaceNamed));
        return factors;
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
    private static readonly ISet<string> StoredFields = new HashSet<string> { LuceneOfferFields.Payload };

    internal static FixedBitSet? Union(ReaderBitsets bits, string field, IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : bits.Union(field, list);
    }

    private static FixedBitSet? Intersect(int maxDoc, params FixedBitSet?[] sets)
    {
        FixedBitSet? result = null;
        foreach (var set in sets)
        {
            if (set is null) continue;
            if (result is null) { result = new FixedBitSet(maxDoc); result.Or(set); }
            else result.And(set);
        }
        return result;
    }

    private static Dictionary<string, string> Highlights(OfferCard card, TermHighlighter highlighter)
    {
        var highlights = new Dictionary<string, string>();
        if (highlighter.Highlight(card.Title) is { } title) highlights["title"] = title;
        if (highlighter.Highlight(OfferDocumentBuilder.PlainText(card.Description), SnippetLength) is { } description) highlights["description"] = description;
        return highlights;
    }
}
