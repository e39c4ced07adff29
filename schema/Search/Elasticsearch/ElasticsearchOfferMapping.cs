using System.Text.Json.Nodes;
using Catalogue.Search.Lucene;

namespace Catalogue.Search.Elasticsearch;

/// <summary>
/// The explicit mapping of an offer (<c>dynamic: strict</c>: a field the code does not know is an error, never a guess)
/// and its Polish analysis. Text fields are analysed by <c>catalogue_polish</c>; filters and facets read keyword fields;
/// run starts are nested so that a date range matches within one run; locations are <c>geo_point</c>s.
/// </summary>
internal static class ElasticsearchOfferMapping
{
    /// <summary>Bump when the mapping or the analysis changes: an index of another version is rebuilt from the store.</summary>
    public const string SchemaVersion = "2"; // 2: the payload in _source is an OfferCard, no longer the entity

    public const string Title = "title", Text = "text", Suggest = "title.prefix", ProviderSuggest = "providerName.prefix";

    /// <summary>Text fields and their weights, the same as the embedded engine's: a title or profession match beats the description.</summary>
    public static readonly IReadOnlyList<(string Field, double Boost)> TextFields =
    [
        ("title", 4), ("professions", 3), ("qualifications", 2), ("keywords", 1.5), ("places", 1.5), ("provider", 1.2), ("text", 1),
    ];

    /// <summary>Where one typo is looked for: where people name what they want, not long descriptions.</summary>
    public static readonly IReadOnlyList<(string Field, double Boost)> FuzzyFields = [("title", 4), ("professions", 3), ("places", 1.5)];

    /// <summary>The body of <c>PUT /{index}</c>: settings with the analysis chain chosen by <paramref name="analysis"/>, and the mapping.</summary>
    public static JsonObject CreateIndexBody(PolishAnalysis analysis, long checkpoint, JsonObject? aliases = null)
    {
        var body = new JsonObject
        {
            ["settings"] = new JsonObject { ["analysis"] = Analysis(analysis) },
            ["mappings"] = Mappings(Meta(analysis, checkpoint)),
        };
        if (aliases is not null) body["aliases"] = aliases;
        return body;
    }

    /// <summary>
    /// What travels in the mapping's <c>_meta</c>: the schema and analysis the index was built with and the change-log
    /// position its last commit reached (the drain's checkpoint), so it moves with the index through an alias swap.
    /// </summary>
    public static JsonObject Meta(PolishAnalysis analysis, long checkpoint) => new()
    {
        ["schema"] = SchemaVersion,
        ["analysis"] = Name(analysis),
        ["checkpoint"] = checkpoint,
    };

    public static string Name(PolishAnalysis analysis) => analysis == PolishAnalysis.Stempel ? "stempel" : "fallback";

    /// <summary>
    /// With the official analysis-stempel plugin: its <c>polish_stem</c> (dictionary stemming), then ASCII folding so
    /// that "lodz" still finds "Łódź". Without it: the embedded engine's own chain — standard tokenizer, lower case,
    /// ASCII folding, the same stop words, and <see cref="PolishLightStemmer"/>'s suffix rule as one <c>pattern_replace</c>
    /// (a lazy stem of 3+ letters before the alternation picks the longest ending, as the C# stemmer does).
    /// </summary>
    public static JsonObject Analysis(PolishAnalysis analysis)
    {
        var textFilters = analysis == PolishAnalysis.Stempel
            ? new JsonArray("lowercase", "polish_stop", "polish_stem", "asciifolding")
            : new JsonArray("lowercase", "asciifolding", "catalogue_stop", "catalogue_light_stem");
        return new JsonObject
        {
            ["filter"] = new JsonObject
            {
                ["catalogue_stop"] = new JsonObject { ["type"] = "stop", ["stopwords"] = new JsonArray([.. PolishAnalyzer.StopWords.Order(StringComparer.Ordinal).Select(w => JsonValue.Create(w))]) },
                ["catalogue_light_stem"] = new JsonObject
                {
                    ["type"] = "pattern_replace",
                    ["pattern"] = $"^(.{{{PolishLightStemmer.MinStem},}}?)({string.Join('|', PolishLightStemmer.Suffixes.Distinct().OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal))})$",
                    ["replacement"] = "$1",
                },
                ["catalogue_prefix"] = new JsonObject { ["type"] = "edge_ngram", ["min_gram"] = 1, ["max_gram"] = 20 },
            },
            ["analyzer"] = new JsonObject
            {
                ["catalogue_polish"] = new JsonObject { ["type"] = "custom", ["tokenizer"] = "standard", ["filter"] = textFilters },
                ["catalogue_prefix"] = new JsonObject { ["type"] = "custom", ["tokenizer"] = "standard", ["filter"] = new JsonArray("lowercase", "asciifolding", "catalogue_prefix") },
                ["catalogue_folded"] = new JsonObject { ["type"] = "custom", ["tokenizer"] = "standard", ["filter"] = new JsonArray("lowercase", "asciifolding") },
            },
        };
    }

    private static JsonObject Mappings(JsonObject meta)
    {
        var properties = new JsonObject
        {
            ["id"] = Keyword(),
            ["title"] = new JsonObject
            {
                ["type"] = "text", ["analyzer"] = "catalogue_polish",
                ["fields"] = new JsonObject { ["prefix"] = new JsonObject { ["type"] = "text", ["analyzer"] = "catalogue_prefix", ["search_analyzer"] = "catalogue_folded" } },
            },
            ["providerName"] = new JsonObject
            {
                ["type"] = "keyword",
                ["fields"] = new JsonObject { ["prefix"] = new JsonObject { ["type"] = "text", ["analyzer"] = "catalogue_prefix", ["search_analyzer"] = "catalogue_folded" } },
            },
            ["titleKey"] = new JsonObject { ["type"] = "keyword", ["index"] = false },
            ["price"] = new JsonObject { ["type"] = "double" },
            ["updatedAt"] = new JsonObject { ["type"] = "date" },
            ["runs"] = new JsonObject { ["type"] = "nested", ["properties"] = new JsonObject { ["start"] = new JsonObject { ["type"] = "date", ["format"] = "strict_date" } } },
            ["points"] = new JsonObject { ["type"] = "geo_point" },
            ["payload"] = new JsonObject { ["type"] = "object", ["enabled"] = false },
        };
        foreach (var field in new[] { "text", "professions", "qualifications", "provider", "places", "keywords" })
            properties[field] = new JsonObject { ["type"] = "text", ["analyzer"] = "catalogue_polish" };
        foreach (var field in new[] { "sector", "kind", "mode", "free", "providerId", "status", "level", "powiat", "city", "isced", "iscedBroad", "profession", "qualification", "language", "funding", "startMonth" })
            properties[field] = Keyword();
        return new JsonObject { ["dynamic"] = "strict", ["_meta"] = meta, ["properties"] = properties };
    }

    private static JsonObject Keyword() => new() { ["type"] = "keyword" };
}

/// <summary>Which Polish analysis the cluster can run: the analysis-stempel plugin's, or the built-in fallback chain.</summary>
public enum PolishAnalysis { Stempel, Fallback }
