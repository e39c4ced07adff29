namespace Catalogue.Tests.Search.Elasticsearch;

/// <summary>
/// For each query the conformance suite asks, the body the adapter sends (serialised by the client's own serializer,
/// captured by the fake cluster) equals the query DSL in <c>requests/</c>, written from the Elasticsearch reference.
/// </summary>
public sealed class ElasticsearchRequestBodyTests
{
    private static readonly GeoFilter Lodz = new(51.7644, 19.4631, 30, IncludeOnline: false);

    public static TheoryData<string> Cases => new(QueryCases.Keys);

    private static readonly Dictionary<string, OfferQuery> QueryCases = new()
    {
        ["text-diacritics-title-sort"] = new() { Text = "ŁÓDŹ", PageSize = 100, Sort = OfferSort.Title },
        ["text-inflected"] = new() { Text = "spawania", PageSize = 10 },
        ["text-typo"] = new() { Text = "infromatyka", PageSize = 100 },
        ["text-phrase"] = new() { Text = "renowacja mebli", PageSize = 100 },
        ["text-highlight"] = new() { Text = "gięcie", PageSize = 5 },
        ["text-query-syntax"] = new() { Text = ")(*&^ AND OR title:spaw* \"", PageSize = 5 },
        ["filter-facets"] = new() { Sectors = [Sector.Vocational], Kinds = ["technikum", "kkz"], Powiats = ["1061"], Modes = ["online"], Isced = ["06"], Funding = ["kfs"], StartMonths = ["2027-01"], Free = true, PageSize = 100 },
        ["filter-others"] = new() { Cities = ["Łódź"], Professions = ["351203"], Qualifications = ["INF.02"], Languages = ["en"], Providers = ["conformance-provider"], PriceMax = 1000, PageSize = 100 },
        ["filter-levels"] = new() { Levels = [6], PageSize = 100 },
        ["filter-level-range"] = new() { LevelMin = 4, LevelMax = 6, PageSize = 100 },
        ["filter-start-dates"] = new() { StartFrom = new DateOnly(2026, 12, 26), StartTo = new DateOnly(2027, 2, 24), PageSize = 100 },
        ["filter-withdrawn"] = new() { Text = "kowalstwo artystyczne", Status = OfferStatus.Withdrawn },
        ["filter-updated-since"] = new() { PageSize = 1, UpdatedSince = new DateTimeOffset(2026, 11, 25, 12, 30, 0, TimeSpan.Zero) },
        ["distance-sort"] = new() { Near = Lodz, Sort = OfferSort.Distance, PageSize = 100 },
        ["distance-sort-desc"] = new() { Near = Lodz, Sort = OfferSort.Distance, Direction = SortDirection.Desc, PageSize = 5 },
        ["distance-with-online"] = new() { Text = "kaligrafia", Providers = ["conformance-provider"], Near = Lodz with { IncludeOnline = true } },
        ["sort-start"] = new() { Sort = OfferSort.StartDate, Sectors = [Sector.Adult], PageSize = 100 },
        ["sort-price"] = new() { Sort = OfferSort.Price, Free = false, PageSize = 100 },
        ["sort-price-desc"] = new() { Sort = OfferSort.Price, Direction = SortDirection.Desc, Free = false, PageSize = 100 },
        ["sort-updated"] = new() { Sort = OfferSort.Updated, PageSize = 100 },
        ["facets-sector"] = new() { Sectors = [Sector.Higher], PageSize = 1 },
        ["page-3"] = new() { Sectors = [Sector.Adult], Sort = OfferSort.Title, PageSize = 25, Page = 3 },
        ["total-no-facets"] = new() { Text = "numer 7", PageSize = 1, IncludeFacets = false, IncludeHighlights = false },
        ["plan-place-mode-partial"] = new() { Text = "kurs renowacji mebli dawnych w Łodzi online", PageSize = 10, IncludeFacets = false, IncludeHighlights = false },
        ["plan-code-and-prefix"] = new() { Text = "inf 03 programowa", PageSize = 10, IncludeFacets = false, IncludeHighlights = false },
        ["plan-understood-only"] = new() { Text = "bezpłatne kursy w Sieradzu", PageSize = 10, IncludeFacets = false, IncludeHighlights = false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_search_body_is_the_expected_query_dsl(string name)
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        var index = ElasticsearchTestIndex.Create(fake);
        await index.SearchAsync(QueryCases[name], CancellationToken.None);
        var search = Searches(fake).First();
        Assert.Equal("/catalogue-offers/_search", search.Path);
        if (QueryCases[name].IncludeFacets) Assert.Contains("typed_keys=true", search.Query, StringComparison.Ordinal);
        ElasticsearchTestIndex.AssertJsonEqual($"search-{name}.json", search.Json);
    }

    [Fact]
    public async Task A_cursor_becomes_search_after_with_the_last_hits_sort_values()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        fake.Answer = r => r.Path.EndsWith("/_search", StringComparison.Ordinal) ? FakeResponse.File("search-hits.json") : null;
        var index = ElasticsearchTestIndex.Create(fake);
        var query = new OfferQuery { Text = "tapicer", PageSize = 2 };
        var first = await index.SearchAsync(query, CancellationToken.None);
        Assert.NotNull(first.NextCursor);
        await index.SearchAsync(query with { Cursor = first.NextCursor }, CancellationToken.None);
        ElasticsearchTestIndex.AssertJsonEqual("search-cursor.json", Searches(fake).Last().Json);
    }

    [Fact]
    public async Task A_cursor_for_another_sort_or_not_ours_is_the_callers_error()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        fake.Answer = r => r.Path.EndsWith("/_search", StringComparison.Ordinal) ? FakeResponse.File("search-hits.json") : null;
        var index = ElasticsearchTestIndex.Create(fake);
        var first = await index.SearchAsync(new OfferQuery { Text = "tapicer", PageSize = 2 }, CancellationToken.None);
        await Assert.ThrowsAsync<InvalidCursorException>(() => index.SearchAsync(new OfferQuery { Text = "tapicer", Sort = OfferSort.Title, Cursor = first.NextCursor }, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidCursorException>(() => index.SearchAsync(new OfferQuery { Cursor = "not-a-cursor!" }, CancellationToken.None));
    }

    [Fact]
    public async Task Suggest_body_matches_title_prefixes_and_provider_names()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        var index = ElasticsearchTestIndex.Create(fake);
        await index.SuggestAsync("Prog Łódź", 10, CancellationToken.None);
        ElasticsearchTestIndex.AssertJsonEqual("suggest-prefix.json", fake.Requests.Single(r => r.Path.EndsWith("/_search", StringComparison.Ordinal)).Json);
    }

    /// <summary>The ranking searches, without the word-count search that precedes them (the one with suggesters).</summary>
    internal static List<RecordedRequest> Searches(FakeElasticsearch fake) =>
        [.. fake.Requests.Where(r => r.Path.EndsWith("/_search", StringComparison.Ordinal) && r.Json?["suggest"] is null)];
}
