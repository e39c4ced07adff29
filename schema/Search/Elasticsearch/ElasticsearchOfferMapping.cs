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
    public const string SchemaVersion = "3"; // 3: exact (folded) and lemma subfields, hunspell and synonym analysis

    public const string Title = "title", Text = "text", Suggest = "title.prefix", ProviderSuggest = "providerName.prefix";

    /// <summary>Text fields and their weights, the same as the embedded engine's: a title or profession match beats the description.</summary>
    public static readonly IReadOnlyList<(string Field, double Boost)> TextFields =
    [
        ("title", 4), ("professions", 3), ("qualifications", 2), ("keywords", 1.5), ("places", 1.5), ("provider", 1.2), ("text", 1),
    ];

    /// <summary>The exact (folded, unstemmed) subfields and their weights, the embedded engine's <c>ExactBoosts</c>: the words people name what they want with; typos and prefixes are looked for here.</summary>
    public static readonly IReadOnlyList<(string Field, double Boost)> ExactFields = [("title.exact", 4), ("professions.exact", 3)];

    /// <summary>
    /// The dictionary-lemma subfields (Hunspell <c>pl_PL</c>, or the light stemmer where a node lacks the dictionary).
    /// Seam for the Hunspell slice: keep these weights equal to the embedded engine's lemma fields when they land.
    /// </summary>
    public static readonly IReadOnlyList<(string Field, double Boost)> LemmaFields =
        [("title.lemma", 4), ("professions.lemma", 3), ("qualifications.lemma", 2), ("text.lemma", 1)];

    /// <summary>The body of <c>PUT /{index}</c>: settings with the analysis chain chosen by <paramref name="analysis"/>, and the mapping.</summary>
    public static JsonObject CreateIndexBody(PolishAnalysis analysis, long checkpoint, JsonObject? aliases = null, bool hunspell = false)
    {
        var body = new JsonObject
        {
            ["settings"] = new JsonObject { ["analysis"] = Analysis(analysis, hunspell, SynonymGroups) },
            ["mappings"] = Mappings(Meta(analysis, checkpoint, hunspell)),
        };
        if (aliases is not null) body["aliases"] = aliases;
        return body;
    }

    /// <summary>
    /// What travels in the mapping's <c>_meta</c>: the schema and analysis the index was built with and the change-log
    /// position its last commit reached (the drain's checkpoint), so it moves with the index through an alias swap.
    /// </summary>
    public static JsonObject Meta(PolishAnalysis analysis, long checkpoint, bool hunspell = false) => new()
    {
        ["schema"] = SchemaVersion,
        ["analysis"] = Name(analysis, hunspell),
        ["checkpoint"] = checkpoint,
    };

    public static string Name(PolishAnalysis analysis, bool hunspell = false) =>
        (analysis == PolishAnalysis.Stempel ? "stempel" : "fallback") + (hunspell ? "+hunspell" : "");

    /// <summary>
    /// The synonym groups (folded phrases, each group one equivalence) the index's <c>catalogue_synonyms</c> analyzer
    /// expands: the groups of <c>schema/Search/Synonyms/synonyms.tsv</c>. Our own query understanding already expands synonyms (<see cref="TextUnit.Alternatives"/>), so
    /// the ranking query does not use this analyzer; it is there for ad-hoc queries against the cluster.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> SynonymGroups => SearchSynonyms.Default.Groups.Select(g => g.Phrases).ToList();

    /// <summary>Solr-format equivalence rules for a <c>synonym_graph</c> filter, one "a, b, c" line per group of two or more distinct phrases.</summary>
    public static JsonArray SynonymRules(IEnumerable<IReadOnlyList<string>> groups) =>
        new([.. groups.Select(g => g.Select(p => PolishFolding.Fold(p).Replace(",", " ", StringComparison.Ordinal).Trim()).Where(p => p.Length > 0).Distinct().ToList())
            .Where(g => g.Count > 1).Select(g => JsonValue.Create(string.Join(", ", g)))]);

    /// <summary>
    /// With the official analysis-stempel plugin: its <c>polish_stem</c> (dictionary stemming), then ASCII folding so
    /// that "lodz" still finds "Łódź". Without it: the embedded engine's own chain — standard tokenizer, lower case,
    /// ASCII folding, the same stop words, and <see cref="PolishLightStemmer"/>'s suffix rule as one <c>pattern_replace</c>
    /// (a lazy stem of 3+ letters before the alternation picks the longest ending, as the C# stemmer does).
    /// </summary>
    /// <remarks>
    /// The lemma fields use the <c>hunspell</c> filter (<c>locale: pl_PL</c>, the dictionary in the node's
    /// <c>config/hunspell/pl_PL/</c>) before folding, when every node has it; otherwise the light-stem chain.
    /// </remarks>
    public static JsonObject Analysis(PolishAnalysis analysis, bool hunspell = false, IReadOnlyList<IReadOnlyList<string>>? synonyms = null)
    {
        var textFilters = analysis == PolishAnalysis.Stempel
            ? new JsonArray("lowercase", "polish_stop", "polish_stem", "asciifolding")
            : new JsonArray("lowercase", "asciifolding", "catalogue_stop", "catalogue_light_stem");
        // Hunspell reads words with their diacritics, so it runs before folding.
        var lemmaFilters = hunspell
            ? new JsonArray("lowercase", "catalogue_hunspell", "asciifolding", "catalogue_stop")
            : new JsonArray("lowercase", "asciifolding", "catalogue_stop", "catalogue_light_stem");
        var body = new JsonObject
        {
            ["filter"] = new JsonObject
            {
                ["catalogue_stop"] = new JsonObject { ["type"] = "stop", ["stopwords"] = new JsonArray([.. PolishStopWords.All.Order(StringComparer.Ordinal).Select(w => JsonValue.Create(w))]) },
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
                ["catalogue_lemma"] = new JsonObject { ["type"] = "custom", ["tokenizer"] = "standard", ["filter"] = lemmaFilters },
            },
        };
        var filters = (JsonObject)body["filter"]!;
        if (hunspell) filters["catalogue_hunspell"] = new JsonObject { ["type"] = "hunspell", ["locale"] = "pl_PL", ["dedup"] = true };
        if (synonyms is { Count: > 0 })
        {
            filters["catalogue_synonym_graph"] = new JsonObject { ["type"] = "synonym_graph", ["synonyms"] = SynonymRules(synonyms), ["lenient"] = true };
            ((JsonObject)body["analyzer"]!)["catalogue_synonyms"] = new JsonObject
            {
                ["type"] = "custom", ["tokenizer"] = "standard", ["filter"] = new JsonArray("lowercase", "asciifolding", "catalogue_synonym_graph"),
            };
        }
        return body;
    }

    private static JsonObject Mappings(JsonObject meta)
    {
        var properties = new JsonObject
        {
            ["id"] = Keyword(),
            ["title"] = new JsonObject
            {
                ["type"] = "text", ["analyzer"] = "catalogue_polish",
                ["fields"] = new JsonObject
                {
                    ["prefix"] = new JsonObject { ["type"] = "text", ["analyzer"] = "catalogue_prefix", ["search_analyzer"] = "catalogue_folded" },
                    ["exact"] = Exact(), ["lemma"] = Lemma(),
                },
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
        foreach (var field in new[] { "provider", "places", "keywords" })
            properties[field] = new JsonObject { ["type"] = "text", ["analyzer"] = "catalogue_polish" };
        properties["professions"] = new JsonObject { ["type"] = "text", ["analyzer"] = "catalogue_polish", ["fields"] = new JsonObject { ["exact"] = Exact(), ["lemma"] = Lemma() } };
        foreach (var field in new[] { "text", "qualifications" })
            properties[field] = new JsonObject { ["type"] = "text", ["analyzer"] = "catalogue_polish", ["fields"] = new JsonObject { ["lemma"] = Lemma() } };
        foreach (var field in new[] { "sector", "kind", "mode", "free", "providerId", "status", "level", "powiat", "city", "isced", "iscedBroad", "profession", "qualification", "language", "funding", "startMonth" })
            properties[field] = Keyword();
        return new JsonObject { ["dynamic"] = "strict", ["_meta"] = meta, ["properties"] = properties };
    }

    private static JsonObject Keyword() => new() { ["type"] = "keyword" };

    private static JsonObject Exact() => new() { ["type"] = "text", ["analyzer"] = "catalogue_folded" };

    private static JsonObject Lemma() => new() { ["type"] = "text", ["analyzer"] = "catalogue_lemma" };
}

/// <summary>Which Polish analysis the cluster can run: the analysis-stempel plugin's, or the built-in fallback chain.</summary>
public enum PolishAnalysis { Stempel, Fallback }
