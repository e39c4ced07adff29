namespace Catalogue.Tests.Search.Elasticsearch;

/// <summary>
/// The API configured for Elasticsearch with no cluster listening: it starts, serves the store, answers search with
/// 503 ProblemDetails and <c>Retry-After</c>, and readiness names the search engine as unavailable.
/// </summary>
public sealed class ElasticsearchClusterDownTests
{
    [Fact]
    public async Task Without_a_cluster_the_api_starts_serves_the_store_and_answers_search_with_503()
    {
        using var catalogue = new CatalogueApiFactory(CatalogueApiFactory.NewDataDirectory(), demoData: false);
        using var factory = catalogue.WithWebHostBuilder(builder => builder
            .UseSetting("Search:Engine", "elasticsearch")
            .UseSetting("Search:Elasticsearch:Url", $"http://127.0.0.1:{ClosedPort.Find()}")
            .UseSetting("Search:Elasticsearch:RetryAfter", "00:00:20"));
        var client = factory.CreateClient();

        HttpResponseMessage providers = null!;
        await Eventually.HoldsAsync(async () => (providers = await client.GetAsync("/api/v1/providers?pageSize=1")).StatusCode == HttpStatusCode.OK,
            "the store endpoints open without the search engine");

        string offerId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Written while the cluster is down: stored and kept in the outbox for the index.
            await scope.ServiceProvider.GetRequiredService<ProviderWriter>().UpsertAsync([new ProviderDraft("down-provider", "Pracownia Bez Klastra", "training-company")], isDemo: false, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<OfferWriter>().UpsertAsync("down-provider",
                [new OfferDraft { ExternalId = "one", Sector = Sector.Adult, Kind = "kurs", Title = "Kurs bez klastra", Mode = "online", IsOnline = true }],
                OfferSource.Api, isDemo: false, CancellationToken.None);
            offerId = await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Offers.Select(o => o.Id).SingleAsync();
            Assert.True(await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().OfferChanges.AnyAsync(c => c.OfferId == offerId));
        }
        var offer = await client.GetAsync($"/api/v1/offers/{offerId}");
        Assert.Equal(HttpStatusCode.OK, offer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/vocabularies/kinds")).StatusCode);

        var (search, problem) = await client.GetProblemAsync("/api/v1/offers?q=x");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
        Assert.Equal("application/problem+json", search.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(20), search.Headers.RetryAfter?.Delta);
        Assert.Equal(503, (int?)problem!["status"]);
        Assert.Equal("Search is unavailable", (string?)problem["title"]);

        var (ready, report) = await client.GetProblemAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var searchCheck = report!["checks"]!.AsArray().Single(c => (string?)c!["name"] == "search-index")!;
        Assert.Equal("Unhealthy", (string?)searchCheck["status"]);
        Assert.Contains("search engine is unavailable", (string?)searchCheck["description"], StringComparison.Ordinal);
    }
}
