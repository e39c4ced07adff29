namespace Catalogue.Tests.Feeds;

public sealed class SyncRunApiTests(SyncRunApiTests.OwnCatalogue factory) : IClassFixture<SyncRunApiTests.OwnCatalogue>
{
    /// <summary>A catalogue of this class's own: its writes must not show in the shared demo catalogue.</summary>
    public sealed class OwnCatalogue : CatalogueApiFactory;

    private readonly OwnCatalogue _factory = factory;

    [Fact]
    public async Task A_provider_sees_its_runs_and_every_rejected_record_with_row_and_field()
    {
        var client = await _factory.CreateReadyClientAsync();
        var provider = (await client.GetJsonAsync("/api/v1/providers?pageSize=1&type=training-company")).Items().Single().Get<string>("id");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var feed = new FeedDocument(false, [
                new FeedOffer { Row = 1, ExternalId = "api-1", Sector = "adult", Kind = "kurs", Title = "Kurs obsługi koparki", Mode = "online" },
                new FeedOffer { Row = 2, ExternalId = "api-2", Sector = "adult", Kind = "kurs", Title = "Kurs z błędem", Mode = "teleport" },
            ], [], 2);
            var run = new SyncRun { ProviderId = provider, Origin = "upload", StartedAt = TimeProvider.System.GetUtcNow() };
            await scope.ServiceProvider.GetRequiredService<FeedApplier>().ApplyAsync(provider, feed, run, OfferSource.Feed, CancellationToken.None);
        }

        client.DefaultRequestHeaders.Add("X-Api-Key", CatalogueApiFactory.AdminKey);
        var runs = await client.GetJsonAsync($"/api/v1/providers/{provider}/sync-runs");
        var listed = runs.Items().First();
        Assert.Equal("succeeded", listed.Get<string>("outcome"));
        Assert.Equal((1, 1), (listed.Get<int>("created"), listed.Get<int>("rejected")));
        var detail = await client.GetJsonAsync($"/api/v1/providers/{provider}/sync-runs/{listed.Get<long>("id")}");
        var reject = detail["rejects"]!.AsArray().Single()!;
        Assert.Equal((2, "mode"), (reject.Get<int>("row"), reject.Get<string>("field")));

        var (missing, _) = await client.GetProblemAsync("/api/v1/providers/nobody/sync-runs");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var (otherRun, _) = await client.GetProblemAsync($"/api/v1/providers/nobody/sync-runs/{listed.Get<long>("id")}");
        Assert.Equal(HttpStatusCode.NotFound, otherRun.StatusCode);
    }

    [Fact]
    public async Task Readiness_reports_the_search_index_lag()
    {
        var client = await _factory.CreateReadyClientAsync();
        var ready = await client.GetJsonAsync("/health/ready");
        var index = ready["checks"]!.AsArray().Single(c => c!.Get<string>("name") == "search-index")!;
        Assert.True(index["data"]!["outboxDepth"]!.GetValue<int>() >= 0);
        Assert.Equal("Healthy", ready.Get<string>("status"));
    }
}
