using System.Buffers.Binary;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Catalogue.Search.Lucene;

/// <summary>
/// The Lucene mapping of an <see cref="OfferDocument"/>: analysed text fields to rank by, untokenised keyword fields to
/// filter and facet by (counted from cached per-value bitsets, never by loading documents), and doc values for the
/// per-hit checks and sort keys (price, run starts, locations, update time, Polish title order).
/// </summary>
internal static class LuceneOfferFields
{
    /// <summary>Bump when the mapping or the analysis changes: an index of another version is rebuilt from the store.</summary>
    public const string SchemaVersion = "8"; // 8: exact (folded, unstemmed) and lemma (Hunspell) fields

    public const string Id = "id", Title = "title", Text = "text", Professions = "professions", Qualifications = "qualifications",
        Provider = "provider", Places = "places", Keywords = "keywords", Suggest = "suggest",
        TitleExact = "title.exact", ProfessionsExact = "professions.exact",
        TitleLemma = "title.lemma", ProfessionsLemma = "professions.lemma", QualificationsLemma = "qualifications.lemma", TextLemma = "text.lemma";

    public const string Sector = "sector", Kind = "kind", Powiat = "powiat", City = "city", Level = "level", Isced = "isced",
        IscedBroad = "iscedBroad", Profession = "profession", Qualification = "qualification", Mode = "mode", Language = "language",
        Funding = "funding", Free = "free", StartMonth = "startMonth", ProviderId = "providerId", Status = "status", ProviderName = "providerName";

    public const string PriceValue = "priceValue", StartDays = "startDays", UpdatedTicks = "updatedTicks", Points = "points",
        TitleKey = "titleKey", IdHash = "idHash", Payload = "payload", PayloadValue = "payloadValue", IdValue = "idValue", TitleValue = "titleValue";

    /// <summary>Text fields and how much a match in each weighs: a title or profession match beats one in the description.</summary>
    public static readonly IReadOnlyDictionary<string, float> TextBoosts = new Dictionary<string, float>
    {
        [Title] = 4f, [Professions] = 3f, [Qualifications] = 2f, [Keywords] = 1.5f, [Places] = 1.5f, [Provider] = 1.2f, [Text] = 1f,
    };

    /// <summary>The exact (folded, unstemmed) fields and their weights: the words people name what they want with.</summary>
    public static readonly IReadOnlyDictionary<string, float> ExactBoosts = new Dictionary<string, float>
    {
        [TitleExact] = 4f, [ProfessionsExact] = 3f,
    };

    /// <summary>The lemma fields and their weights: an inflected form of the word asked for, below the exact form.</summary>
    public static readonly IReadOnlyDictionary<string, float> LemmaBoosts = new Dictionary<string, float>
    {
        [TitleLemma] = 4f, [ProfessionsLemma] = 3f, [QualificationsLemma] = 2f, [TextLemma] = 1f,
    };

    private static readonly CompareInfo Polish = CultureInfo.GetCultureInfo("pl-PL").CompareInfo;

    public static Document Create(OfferDocument offer)
    {
        var doc = new Document
        {
            new StringField(Id, offer.Id, Field.Store.YES),
            new TextField(Title, offer.Title, Field.Store.NO),
            new TextField(Text, offer.Text, Field.Store.NO),
            new TextField(Professions, ProfessionText(offer), Field.Store.NO),
            new TextField(TitleExact, offer.Title, Field.Store.NO),
            new TextField(ProfessionsExact, ProfessionText(offer), Field.Store.NO),
            new TextField(TitleLemma, offer.Title, Field.Store.NO),
            new TextField(ProfessionsLemma, ProfessionText(offer), Field.Store.NO),
            new TextField(QualificationsLemma, string.Join(" \n ", offer.QualificationNames), Field.Store.NO),
            new TextField(TextLemma, offer.Text, Field.Store.NO),
            new TextField(Qualifications, string.Join(" \n ", offer.QualificationNames.Concat(offer.QualificationCodes)), Field.Store.NO),
            new TextField(Provider, offer.ProviderName, Field.Store.NO),
            new TextField(Places, string.Join(" \n ", offer.Cities), Field.Store.NO),
            new TextField(Keywords, offer.KindLabel, Field.Store.NO),
            new TextField(Suggest, offer.Title, Field.Store.NO),
            new StringField(Sector, offer.Sector, Field.Store.NO),
            new StringField(Kind, offer.Kind, Field.Store.NO),
            new StringField(Mode, offer.Mode, Field.Store.NO),
            new StringField(Free, offer.IsFree ? "true" : "false", Field.Store.NO),
            new StringField(ProviderId, offer.ProviderId, Field.Store.NO),
            new StringField(ProviderName, offer.ProviderName, Field.Store.NO),
            new StringField(Status, offer.Status, Field.Store.NO),
            new BinaryDocValuesField(IdValue, new BytesRef(offer.Id)),
            new BinaryDocValuesField(TitleValue, new BytesRef(offer.Title)),
            new NumericDocValuesField(PriceValue, BitConverter.DoubleToInt64Bits(offer.PricePln ?? double.NaN)),
            new NumericDocValuesField(UpdatedTicks, offer.UpdatedAt.UtcTicks),
            new NumericDocValuesField(IdHash, StableHash(offer.Id)),
            new BinaryDocValuesField(TitleKey, new BytesRef(Polish.GetSortKey(offer.Title, CompareOptions.IgnoreCase).KeyData)),
            new BinaryDocValuesField(StartDays, new BytesRef(PackStarts(offer.RunStarts))),
            new BinaryDocValuesField(Points, new BytesRef(PackPoints(offer.Points))),
        };
        var packed = offer.Payload is null ? [] : SnapshotCodec.Pack(offer.Payload);
        if (packed.Length <= SnapshotCodec.MaxDocValueLength) doc.Add(new BinaryDocValuesField(PayloadValue, new BytesRef(packed)));
        else
        {
            doc.Add(new BinaryDocValuesField(PayloadValue, new BytesRef()));
            doc.Add(new StoredField(Payload, offer.Payload));
        }
        if (offer.PrkLevel is { } level) doc.Add(new StringField(Level, level.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
        AddAll(doc, Powiat, offer.Powiats);
        AddAll(doc, City, offer.Cities.Select(PolishFolding.Fold));
        AddAll(doc, Isced, offer.IscedCodes);
        AddAll(doc, IscedBroad, offer.IscedBroad);
        AddAll(doc, Profession, offer.ProfessionCodes);
        AddAll(doc, Qualification, offer.QualificationCodes);
        AddAll(doc, Language, offer.Languages);
        AddAll(doc, Funding, offer.Funding);
        AddAll(doc, StartMonth, offer.RunStarts.Select(MonthOf).Distinct());
        return doc;
    }

    private static string ProfessionText(OfferDocument offer) => string.Join(" \n ", offer.ProfessionNames.Append(offer.StudyField ?? ""));

    public static string MonthOf(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static void AddAll(Document doc, string field, IEnumerable<string> values)
    {
        foreach (var value in values.Distinct()) doc.Add(new StringField(field, value, Field.Store.NO));
    }

    public static byte[] PackStarts(IReadOnlyList<DateOnly> starts)
    {
        var bytes = new byte[starts.Count * 4];
        for (var i = 0; i < starts.Count; i++) BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), starts[i].DayNumber);
        return bytes;
    }

    public static byte[] PackPoints(IReadOnlyList<GeoPoint> points)
    {
        var bytes = new byte[points.Count * 16];
        for (var i = 0; i < points.Count; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * 16), points[i].Latitude);
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * 16 + 8), points[i].Longitude);
        }
        return bytes;
    }

    /// <summary>FNV-1a of the id: a tie-breaker that stays the same across processes and index rebuilds.</summary>
    public static long StableHash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id) { hash ^= c; hash *= 1099511628211UL; }
        return (long)(hash >> 1);
    }
}
