namespace Catalogue.Tests.Search.Elasticsearch;

/// <summary>
/// The conformance suite, unchanged, against a real cluster named by <c>ELASTICSEARCH_URL</c> (e.g. the official
/// container with security off). Without it every test is reported skipped with the reason; nothing is faked here —
/// the fake cluster serves only the adapter tests beside this file.
/// </summary>
public sealed class ElasticsearchSearchCatalogueFixture : SearchCatalogueFixture
{
    public const string SkipReason = "ELASTICSEARCH_URL is not set, so there is no Elasticsearch cluster to run the conformance suite against; "
        + "see README, 'Running on Elasticsearch' (e.g. ELASTICSEARCH_URL=http://localhost:9200 dotnet test --filter Elasticsearch).";

    private readonly string _prefix = "catalogue-test-" + Guid.NewGuid().ToString("N")[..12];

    public static string? Url => Environment.GetEnvironmentVariable("ELASTICSEARCH_URL") is { Length: > 0 } url ? url : null;

    protected override IReadOnlyDictionary<string, string?> EngineSettings => Settings(_prefix);

    protected override IReadOnlyDictionary<string, string?> EmptyIndexSettings(string directory) => Settings($"{_prefix}-empty-{Path.GetFileName(directory)[..8]}");

    private static Dictionary<string, string?> Settings(string prefix) => new()
    {
        ["Search:Engine"] = "elasticsearch",
        ["Search:Elasticsearch:Url"] = Url,
        ["Search:Elasticsearch:IndexPrefix"] = prefix,
    };

    public override Task InitializeAsync() => Url is null ? Task.CompletedTask : base.InitializeAsync();

    /// <summary>Deletes this fixture's indices (by name: clusters refuse wildcard deletes by default).</summary>
    public override async Task DisposeAsync()
    {
        if (Url is not null)
        {
            using var http = new HttpClient { BaseAddress = new Uri(Url) };
            var indices = await http.GetFromJsonAsync<List<Dictionary<string, string>>>($"/_cat/indices/{_prefix}*?format=json&h=index") ?? [];
            foreach (var index in indices) await http.DeleteAsync("/" + index["index"]);
        }
        await base.DisposeAsync();
    }
}

public sealed class ElasticsearchSearchConformanceTests : SearchConformanceTests<ElasticsearchSearchCatalogueFixture>, IClassFixture<ElasticsearchSearchCatalogueFixture>
{
    public ElasticsearchSearchConformanceTests(ElasticsearchSearchCatalogueFixture fixture) : base(fixture) =>
        Xunit.Skip.If(ElasticsearchSearchCatalogueFixture.Url is null, ElasticsearchSearchCatalogueFixture.SkipReason);
}

public sealed class ElasticsearchSearchFilterConformanceTests : SearchFilterConformanceTests<ElasticsearchSearchCatalogueFixture>, IClassFixture<ElasticsearchSearchCatalogueFixture>
{
    public ElasticsearchSearchFilterConformanceTests(ElasticsearchSearchCatalogueFixture fixture) : base(fixture) =>
        Xunit.Skip.If(ElasticsearchSearchCatalogueFixture.Url is null, ElasticsearchSearchCatalogueFixture.SkipReason);
}
