namespace Catalogue.Tests.Providers;

[Collection(DemoCatalogueCollection.Name)]
public sealed class ProviderApiTests(DemoCatalogueFixture demo)
{
    private readonly HttpClient _client = demo.Client;

    [Fact]
    public async Task Demo_region_has_at_least_80_providers_sorted_by_Polish_name()
    {
        var page = await _client.GetJsonAsync("/api/v1/providers?pageSize=100");
        Assert.True(page.Get<int>("total") >= 80, $"total was {page.Get<int>("total")}");
        var names = page.Items().Select(p => p.Get<string>("name")).ToList();
        var polish = System.Globalization.CultureInfo.GetCultureInfo("pl-PL").CompareInfo;
        for (var i = 1; i < names.Count; i++)
            Assert.True(polish.Compare(names[i - 1], names[i], System.Globalization.CompareOptions.IgnoreCase) <= 0, $"'{names[i - 1]}' before '{names[i]}'");
    }

    [Fact]
    public async Task A_provider_lists_its_active_offers()
    {
        var listed = (await _client.GetJsonAsync("/api/v1/providers?pageSize=1&type=university")).Items().Single();
        var detail = await _client.GetJsonAsync("/api/v1/providers/" + listed.Get<string>("id"));
        Assert.Equal(listed.Get<string>("name"), detail["provider"]!.Get<string>("name"));
        var offers = detail["offers"]!.AsArray();
        Assert.Equal(listed.Get<int>("activeOffers"), offers.Count);
        Assert.All(offers, o => Assert.Equal("higher", o!.Get<string>("sector")));
    }

    [Fact]
    public async Task Providers_filter_by_powiat_and_type()
    {
        var page = await _client.GetJsonAsync("/api/v1/providers?pageSize=100&powiat=1061&type=school,university");
        Assert.NotEmpty(page.Items());
        Assert.All(page.Items(), p =>
        {
            Assert.Equal("1061", p["address"]!.Get<string>("powiatCode"));
            Assert.Contains(p.Get<string>("type"), new[] { "school", "university" });
        });
    }

    [Fact]
    public async Task Unknown_provider_is_404_and_bad_filter_is_400()
    {
        var (missing, _) = await _client.GetProblemAsync("/api/v1/providers/nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var (bad, body) = await _client.GetProblemAsync("/api/v1/providers?type=castle");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull(body!["errors"]!["type"]);
    }
}
