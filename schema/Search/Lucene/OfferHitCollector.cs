using System.Buffers.Binary;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Catalogue.Search.Lucene;

/// <summary>
/// One pass over the documents matching the text: applies the filters that bitsets cannot express (price, run dates,
/// update time, distance), records every document that passes the non-facet filters (the base of the facet counts),
/// counts the hits that also pass every facet filter, and keeps the best <c>k</c> of them in the requested order.
/// </summary>
/// <remarks>Relevance adds <see cref="UpcomingBoost"/> to the text score of an offer with a run still to start: among equal
/// matches, an offer one can still enrol in ranks first. Done here from doc values, not as a query clause, because
/// "upcoming" depends on today and a range clause would rebuild a bitset of every offer on each search.</remarks>
internal sealed class OfferHitCollector(
    OfferQuery query, FixedBitSet? structural, FixedBitSet? facetFilter, int maxDoc, int today, int keep, SortKey? after,
    IReadOnlyList<(FixedBitSet Offers, float Factor)>? factors = null) : ICollector
{
    private readonly PriorityQueue<CollectedHit, SortKey> _worstFirst = new(Comparer<SortKey>.Create((a, b) => b.CompareTo(a)));
    private readonly OfferSort _sort = query.EffectiveSort;
    private readonly bool _reversed = query.Direction is { } d && d != Natural(query.EffectiveSort);
    private readonly int? _startFrom = query.StartFrom?.DayNumber;
    private readonly int? _startTo = query.StartTo?.DayNumber;
    private readonly double? _priceMax = (double?)query.PriceMax;
    private readonly long? _updatedSince = query.UpdatedSince?.UtcTicks;
    private readonly BytesRef _scratch = new();
    private Scorer? _scorer;
    private int _docBase;
    private NumericDocValues? _price, _updated, _idHash;
    private BinaryDocValues? _starts, _points, _title;

    public const float UpcomingBoost = 0.5f;

    public FixedBitSet Base { get; } = new(maxDoc);
    public long Total { get; private set; }
    /// <summary>Hits after the cursor (all hits without one): tells whether another page exists.</summary>
    public long AfterCursor { get; private set; }
    public bool Reversed => _reversed;

    public static SortDirection Natural(OfferSort sort) => sort is OfferSort.Relevance or OfferSort.Updated ? SortDirection.Desc : SortDirection.Asc;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _price = reader.GetNumericDocValues(LuceneOfferFields.PriceValue);
        _updated = reader.GetNumericDocValues(LuceneOfferFields.UpdatedTicks);
        _idHash = reader.GetNumericDocValues(LuceneOfferFields.IdHash);
        _starts = reader.GetBinaryDocValues(LuceneOfferFields.StartDays);
        _points = reader.GetBinaryDocValues(LuceneOfferFields.Points);
        _title = reader.GetBinaryDocValues(LuceneOfferFields.TitleKey);
    }

    public void Collect(int doc)
    {
        var global = _docBase + doc;
        if (structural is not null && !structural.Get(global)) return;
        var price = _price is null ? double.NaN : BitConverter.Int64BitsToDouble(_price.Get(doc));
        if (_priceMax is { } max && !(price <= max)) return;
        if (_updatedSince is { } since && (_updated?.Get(doc) ?? 0) < since) return;
        if ((_startFrom is not null || _startTo is not null) && !AnyStartWithin(doc)) return;
        double? distance = null;
        if (query.Near is { } near)
        {
            distance = NearestKm(doc, near);
            if (distance is null ? !near.IncludeOnline : near.RadiusKm is { } radius && distance > radius) return;
        }

        Base.Set(global);
        if (facetFilter is not null && !facetFilter.Get(global)) return;
        Total++;

        var score = _sort == OfferSort.Relevance ? RelevanceOf(doc) : 0f;
        var key = KeyOf(doc, price, distance, score);
        if (after is { } cursor && key.CompareTo(cursor) <= 0) return;
        AfterCursor++;
        if (_worstFirst.Count < keep) _worstFirst.Enqueue(new CollectedHit(global, key, score, distance), key);
        else if (keep > 0 && key.CompareTo(_worstFirst.Peek().Key) < 0)
            _worstFirst.EnqueueDequeue(new CollectedHit(global, key, score, distance), key);
    }

    /// <summary>The kept hits, best first.</summary>
    public List<CollectedHit> Best()
    {
        var hits = new List<CollectedHit>(_worstFirst.Count);
        while (_worstFirst.Count > 0) hits.Add(_worstFirst.Dequeue());
        hits.Reverse();
        return hits;
    }

    /// <summary>The text score times the factor of each understood term the offer matches, plus the upcoming-run bonus.</summary>
    private float RelevanceOf(int doc)
    {
        var score = _scorer?.GetScore() ?? 0;
        if (factors is not null)
            foreach (var (offers, factor) in factors)
                if (offers.Get(_docBase + doc)) score *= factor;
        return score + (NextStart(doc) is null ? 0 : UpcomingBoost);
    }

    private SortKey KeyOf(int doc, double price, double? distance, float score)
    {
        var tie = _idHash?.Get(doc) ?? doc;
        var sign = _reversed ? -1 : 1;
        switch (_sort)
        {
            case OfferSort.Relevance:
                return new SortKey(false, -sign * score, null, tie);
            case OfferSort.Updated:
                return new SortKey(false, -sign * (double)(_updated?.Get(doc) ?? 0), null, tie);
            case OfferSort.Price:
                return new SortKey(double.IsNaN(price), double.IsNaN(price) ? 0 : sign * price, null, tie);
            case OfferSort.Distance:
                return new SortKey(distance is null, sign * (distance ?? 0), null, tie);
            case OfferSort.StartDate:
                var next = NextStart(doc);
                return new SortKey(next is null, sign * (next ?? 0), null, tie);
            default:
                _title!.Get(doc, _scratch);
                var title = new byte[_scratch.Length];
                Array.Copy(_scratch.Bytes, _scratch.Offset, title, 0, _scratch.Length);
                if (_reversed) for (var i = 0; i < title.Length; i++) title[i] = (byte)~title[i];
                return new SortKey(false, 0, title, tie);
        }
    }

    private bool AnyStartWithin(int doc)
    {
        if (_starts is null) return false;
        _starts.Get(doc, _scratch);
        for (var i = 0; i < _scratch.Length; i += 4)
        {
            var day = BinaryPrimitives.ReadInt32LittleEndian(_scratch.Bytes.AsSpan(_scratch.Offset + i));
            if ((_startFrom is null || day >= _startFrom) && (_startTo is null || day <= _startTo)) return true;
        }
        return false;
    }

    private int? NextStart(int doc)
    {
        if (_starts is null) return null;
        _starts.Get(doc, _scratch);
        int? next = null;
        for (var i = 0; i < _scratch.Length; i += 4)
        {
            var day = BinaryPrimitives.ReadInt32LittleEndian(_scratch.Bytes.AsSpan(_scratch.Offset + i));
            if (day >= today && (next is null || day < next)) next = day;
        }
        return next;
    }

    private double? NearestKm(int doc, GeoFilter near)
    {
        if (_points is null) return null;
        _points.Get(doc, _scratch);
        var box = near.RadiusKm is { } radius ? GeoDistance.BoxHalfSize(near.Latitude, radius) : (Lat: double.MaxValue, Lon: double.MaxValue);
        double? nearest = null;
        for (var i = 0; i < _scratch.Length; i += 16)
        {
            var span = _scratch.Bytes.AsSpan(_scratch.Offset + i);
            var lat = BinaryPrimitives.ReadDoubleLittleEndian(span);
            var lon = BinaryPrimitives.ReadDoubleLittleEndian(span[8..]);
            var outsideBox = Math.Abs(lat - near.Latitude) > box.Lat || Math.Abs(lon - near.Longitude) > box.Lon;
            var km = outsideBox ? double.MaxValue : GeoDistance.Kilometres(near.Latitude, near.Longitude, lat, lon);
            if (nearest is null || km < nearest) nearest = km;
        }
        return nearest;
    }
}

internal readonly record struct CollectedHit(int Doc, SortKey Key, float Score, double? DistanceKm);
