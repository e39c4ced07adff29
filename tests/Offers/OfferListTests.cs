namespace Catalogue.Tests.Offers;

[Collection(DemoCatalogueCollection.Name)]
public sealed class OfferListTests(DemoCatalogueFixture demo)
{
    private readonly HttpClient _client = demo.Client;

    [Fact]
    public async Task Demo_catalogue_has_at_least_600_offers_in_every_powiat_and_sector()
    {
        var first = await _client.GetJsonAsync("/api/v1/offers?pageSize=1");
        Assert.True(first.Get<int>("total") >= 600, $"total was {first.Get<int>("total")}");

        var powiats = (await _client.GetJsonAsync("/api/v1/vocabularies/powiats")).Items().Select(p => p.Get<string>("code")).ToList();
        Assert.Equal(24, powiats.Count);
        foreach (var powiat in powiats)
        {
            var page = await _client.GetJsonAsync($"/api/v1/offers?pageSize=1&powiat={powiat}");
            Assert.True(page.Get<int>("total") > 0, $"no offers in powiat {powiat}");
        }
        foreach (var sector in new[] { "vocational", "higher", "adult" })
        {
            var page = await _client.GetJsonAsync($"/api/v1/offers?pageSize=5&sector={sector}");
            Assert.True(page.Get<int>("total") > 0, $"no offers in sector {sector}");
            Assert.All(page.Items(), o => Assert.Equal(sector, o.Get<string>("sector")));
        }
    }

    [Fact]
    public async Task Demo_offers_say_they_are_demo()
    {
        var page = await _client.GetJsonAsync("/api/v1/offers?pageSize=50");
        Assert.All(page.Items(), o =>
        {
            Assert.True(o.Get<bool>("isDemo"));
            Assert.Equal("demo", o.Get<string>("source"));
        });
    }

    [Fact]
    public async Task Filters_combine_and_every_item_matches_them()
    {
        var page = await _client.GetJsonAsync("/api/v1/offers?pageSize=100&sector=vocational&powiat=1061,1001&kind=technikum&kind=kkz");
        Assert.NotEmpty(page.Items());
        Assert.All(page.Items(), o =>
        {
            Assert.Equal("vocational", o.Get<string>("sector"));
            Assert.Contains(o.Get<string>("kind"), new[] { "technikum", "kkz" });
            Assert.Contains(o["locations"]!.AsArray(), l => l!.Get<string>("powiatCode") is "1061" or "1001");
        });
        var narrower = await _client.GetJsonAsync("/api/v1/offers?pageSize=1&sector=vocational&powiat=1061&kind=technikum");
        Assert.True(narrower.Get<int>("total") <= page.Get<int>("total"));
    }

    [Fact]
    public async Task Provider_filter_returns_only_that_providers_offers()
    {
        var provider = (await _client.GetJsonAsync("/api/v1/providers?pageSize=1")).Items().Single();
        var id = provider.Get<string>("id");
        var page = await _client.GetJsonAsync($"/api/v1/offers?pageSize=100&provider={id}");
        Assert.Equal(provider.Get<int>("activeOffers"), page.Get<int>("total"));
        Assert.All(page.Items(), o => Assert.Equal(id, o["provider"]!.Get<string>("id")));
    }

    [Fact]
    public async Task Sorting_by_title_follows_the_Polish_alphabet()
    {
        var page = await _client.GetJsonAsync("/api/v1/offers?pageSize=100&sort=title&sector=adult");
        var titles = page.Items().Select(o => o.Get<string>("title")).ToList();
        var polish = System.Globalization.CultureInfo.GetCultureInfo("pl-PL").CompareInfo;
        for (var i = 1; i < titles.Count; i++)
            Assert.True(polish.Compare(titles[i - 1], titles[i], System.Globalization.CompareOptions.IgnoreCase) <= 0, $"'{titles[i - 1]}' before '{titles[i]}'");
    }

    [Fact]
    public async Task Paging_walks_through_distinct_offers()
    {
        var one = await _client.GetJsonAsync("/api/v1/offers?pageSize=10&page=1&sort=title");
        var two = await _client.GetJsonAsync("/api/v1/offers?pageSize=10&page=2&sort=title");
        var ids = one.Items().Concat(two.Items()).Select(o => o.Get<string>("id")).ToList();
        Assert.Equal(20, ids.Distinct().Count());
        Assert.Equal(2, two.Get<int>("page"));
        Assert.Equal(one.Get<int>("total"), two.Get<int>("total"));
    }

    [Theory]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("powiat=abc", "powiat")]
    [InlineData("powiat=9999", "powiat")]
    [InlineData("sector=space", "sector")]
    [InlineData("kind=technikum,magic", "kind")]
    [InlineData("sort=color", "sort")]
    [InlineData("status=deleted", "status")]
    public async Task Bad_parameter_is_a_400_problem_naming_it(string query, string parameter)
    {
        var (response, body) = await _client.GetProblemAsync("/api/v1/offers?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, body!.Get<int>("status"));
        Assert.NotNull(body!["errors"]![parameter]);
    }
}
