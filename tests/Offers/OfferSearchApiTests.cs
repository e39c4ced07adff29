namespace Catalogue.Tests.Offers;

[Collection(DemoCatalogueCollection.Name)]
public sealed class OfferSearchApiTests(DemoCatalogueFixture demo)
{
    private readonly HttpClient _client = demo.Client;

    [Fact]
    public async Task Welding_search_in_Lodz_returns_welding_offers_located_in_Lodz_with_facets_and_highlights()
    {
        var page = await _client.GetJsonAsync("/api/v1/offers?q=spawacz&powiat=1061");
        var items = page.Items().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, o =>
        {
            Assert.Contains(o["locations"]!.AsArray(), l => l!.Get<string>("powiatCode") == "1061");
            Assert.Contains(o["highlights"]!.AsObject(), h => h.Value!.GetValue<string>().Contains("<mark>", StringComparison.Ordinal));
        });
        Assert.Contains("spaw", items[0].Get<string>("title"), StringComparison.OrdinalIgnoreCase);
        var facets = page["facets"]!.AsArray().Select(f => f!.Get<string>("name")).ToList();
        Assert.Equal(["sector", "kind", "powiat", "level", "mode", "isced", "funding", "free", "startMonth"], facets);
        var powiat = page["facets"]!.AsArray().Single(f => f!.Get<string>("name") == "powiat")!;
        var lodz = powiat["values"]!.AsArray().Single(v => v!.Get<string>("value") == "1061")!;
        Assert.True(lodz.Get<bool>("selected"));
        Assert.Equal("Łódź", lodz.Get<string>("label"));
        Assert.True(powiat["values"]!.AsArray().Count > 1, "the powiat facet counts other powiats too (its own filter excluded)");
    }

    [Fact]
    public async Task Near_town_with_radius_reports_distances_and_sorts_by_them()
    {
        var page = await _client.GetJsonAsync("/api/v1/offers?nearTown=Pabianice&radiusKm=15&sort=distance&online=exclude&pageSize=50");
        var distances = page.Items().Select(o => o.Get<double>("distanceKm")).ToList();
        Assert.NotEmpty(distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 15));
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public async Task Cursor_continues_where_the_page_ended()
    {
        var first = await _client.GetJsonAsync("/api/v1/offers?sector=higher&sort=title&pageSize=20");
        var cursor = first.Get<string>("nextCursor");
        var second = await _client.GetJsonAsync("/api/v1/offers?sector=higher&sort=title&pageSize=20&cursor=" + Uri.EscapeDataString(cursor));
        var byPage = await _client.GetJsonAsync("/api/v1/offers?sector=higher&sort=title&pageSize=20&page=2");
        Assert.Equal(byPage.Items().Select(o => o.Get<string>("id")), second.Items().Select(o => o.Get<string>("id")));
    }

    [Theory]
    [InlineData("q=%22unbalanced")]
    [InlineData("q=title%3Aspaw%2A+OR+1%3D1")]
    public async Task Query_syntax_in_q_is_searched_as_text_never_a_500(string query)
    {
        using var response = await _client.GetAsync("/api/v1/offers?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("q=%29%28%2A%26%5E", "No word to search by")]
    [InlineData("q=w+na+dla", "Only common words (w, na, dla)")]
    public async Task A_query_with_nothing_to_search_by_is_a_400_naming_q_not_the_whole_catalogue(string query, string message)
    {
        var (response, body) = await _client.GetProblemAsync("/api/v1/offers?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, (string)body!["errors"]!["q"]![0]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("radiusKm=-5&nearTown=Łódź", "radiusKm")]
    [InlineData("radiusKm=10", "radiusKm")]
    [InlineData("near=91,19", "near")]
    [InlineData("nearTown=Atlantyda", "nearTown")]
    [InlineData("sort=distance", "sort")]
    [InlineData("level=9", "level")]
    [InlineData("isced=7777", "isced")]
    [InlineData("qualification=XYZ.99", "qualification")]
    [InlineData("free=maybe", "free")]
    [InlineData("priceMax=-1", "priceMax")]
    [InlineData("startFrom=2026-13-01", "startFrom")]
    [InlineData("startFrom=2027-05-01&startTo=2027-01-01", "startTo")]
    [InlineData("updatedSince=yesterday", "updatedSince")]
    [InlineData("page=200&pageSize=100", "page")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("online=sometimes&nearTown=Kutno", "online")]
    public async Task Bad_search_parameter_is_a_400_naming_it(string query, string parameter)
    {
        var (response, body) = await _client.GetProblemAsync("/api/v1/offers?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body!["errors"]![parameter]);
    }

    [Fact]
    public async Task Ten_kilobytes_of_text_is_a_400_naming_q()
    {
        var (response, body) = await _client.GetProblemAsync("/api/v1/offers?q=" + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body!["errors"]!["q"]);
    }

    [Fact]
    public async Task Suggest_completes_prog_with_at_most_ten_entries()
    {
        var page = await _client.GetJsonAsync("/api/v1/suggest?q=prog");
        var items = page.Items().ToList();
        Assert.InRange(items.Count, 1, 10);
        Assert.All(items, s => Assert.Contains(" prog", " " + Catalogue.Search.PolishFolding.Fold(s.Get<string>("text"))));
        var towns = (await _client.GetJsonAsync("/api/v1/suggest?q=lodz")).Items();
        Assert.Contains(towns, s => s.Get<string>("text") == "Łódź" && s.Get<string>("type") == "town");
        var (bad, _) = await _client.GetProblemAsync("/api/v1/suggest?q=");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
