using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.Search.Elasticsearch;

/// <summary>
/// The <c>_source</c> of one offer in the cluster: the fields of <see cref="ElasticsearchOfferMapping"/>, filled from an
/// <see cref="OfferDocument"/> the same way the Lucene mapping fills its fields (folded towns, start months, the Polish
/// title sort key), and the offer snapshot kept whole, unindexed, so a result page needs no store read.
/// </summary>
internal sealed record ElasticsearchOfferSource
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    [JsonPropertyName("professions")] public string Professions { get; init; } = "";
    [JsonPropertyName("qualifications")] public string Qualifications { get; init; } = "";
    [JsonPropertyName("provider")] public string Provider { get; init; } = "";
    [JsonPropertyName("places")] public string Places { get; init; } = "";
    [JsonPropertyName("keywords")] public string Keywords { get; init; } = "";
    [JsonPropertyName("sector")] public required string Sector { get; init; }
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("mode")] public required string Mode { get; init; }
    [JsonPropertyName("free")] public required string Free { get; init; }
    [JsonPropertyName("providerId")] public required string ProviderId { get; init; }
    [JsonPropertyName("providerName")] public required string ProviderName { get; init; }
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("level")] public string? Level { get; init; }
    [JsonPropertyName("powiat")] public IReadOnlyList<string> Powiat { get; init; } = [];
    [JsonPropertyName("city")] public IReadOnlyList<string> City { get; init; } = [];
    [JsonPropertyName("isced")] public IReadOnlyList<string> Isced { get; init; } = [];
    [JsonPropertyName("iscedBroad")] public IReadOnlyList<string> IscedBroad { get; init; } = [];
    [JsonPropertyName("profession")] public IReadOnlyList<string> Profession { get; init; } = [];
    [JsonPropertyName("qualification")] public IReadOnlyList<string> Qualification { get; init; } = [];
    [JsonPropertyName("language")] public IReadOnlyList<string> Language { get; init; } = [];
    [JsonPropertyName("funding")] public IReadOnlyList<string> Funding { get; init; } = [];
    [JsonPropertyName("startMonth")] public IReadOnlyList<string> StartMonth { get; init; } = [];
    [JsonPropertyName("price")] public double? Price { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset UpdatedAt { get; init; }
    [JsonPropertyName("titleKey")] public required string TitleKey { get; init; }
    [JsonPropertyName("runs")] public IReadOnlyList<Run> Runs { get; init; } = [];
    [JsonPropertyName("points")] public IReadOnlyList<Point> Points { get; init; } = [];
    [JsonPropertyName("payload")] public JsonElement? Payload { get; init; }

    internal sealed record Run([property: JsonPropertyName("start")] string Start);

    internal sealed record Point([property: JsonPropertyName("lat")] double Lat, [property: JsonPropertyName("lon")] double Lon);

    private static readonly CompareInfo Polish = CultureInfo.GetCultureInfo("pl-PL").CompareInfo;

    public static ElasticsearchOfferSource From(OfferDocument offer) => new()
    {
        Id = offer.Id,
        Title = offer.Title,
        Text = offer.Text,
        Professions = string.Join(" \n ", offer.ProfessionNames.Append(offer.StudyField ?? "")),
        Qualifications = string.Join(" \n ", offer.QualificationNames.Concat(offer.QualificationCodes)),
        Provider = offer.ProviderName,
        Places = string.Join(" \n ", offer.Cities),
        Keywords = offer.KindLabel,
        Sector = offer.Sector,
        Kind = offer.Kind,
        Mode = offer.Mode,
        Free = offer.IsFree ? "true" : "false",
        ProviderId = offer.ProviderId,
        ProviderName = offer.ProviderName,
        Status = offer.Status,
        Level = offer.PrkLevel?.ToString(CultureInfo.InvariantCulture),
        Powiat = offer.Powiats.Distinct().ToList(),
        City = offer.Cities.Select(PolishFolding.Fold).Distinct().ToList(),
        Isced = offer.IscedCodes.Distinct().ToList(),
        IscedBroad = offer.IscedBroad.Distinct().ToList(),
        Profession = offer.ProfessionCodes.Distinct().ToList(),
        Qualification = offer.QualificationCodes.Distinct().ToList(),
        Language = offer.Languages.Distinct().ToList(),
        Funding = offer.Funding.Distinct().ToList(),
        StartMonth = offer.RunStarts.Select(MonthOf).Distinct().ToList(),
        Price = offer.PricePln,
        UpdatedAt = offer.UpdatedAt,
        TitleKey = TitleSortKey(offer.Title),
        Runs = offer.RunStarts.Select(s => new Run(s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList(),
        Points = offer.Points.Select(p => new Point(p.Latitude, p.Longitude)).ToList(),
        Payload = offer.Payload is null ? null : JsonDocument.Parse(offer.Payload).RootElement.Clone(),
    };

    public static string MonthOf(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// The Polish collation key of the title as hex: a keyword sorts by bytes, and hex keeps the byte order, so the
    /// cluster sorts titles exactly as the embedded engine does (ł after l, case ignored) without the ICU plugin.
    /// </summary>
    public static string TitleSortKey(string title) => Convert.ToHexString(Polish.GetSortKey(title, CompareOptions.IgnoreCase).KeyData);
}

/// <summary>What a search reads back from <c>_source</c>: only the snapshot (and the title, for suggestions).</summary>
internal sealed record ElasticsearchStoredOffer
{
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("payload")] public JsonElement? Payload { get; init; }
}
