namespace Catalogue.Tests.Search;

public sealed class SearchIndexLifecycleTests
{
    [Fact]
    public async Task A_second_process_cannot_write_the_same_index_and_says_why()
    {
        var directory = CatalogueApiFactory.NewDataDirectory();
        try
        {
            using var first = CatalogueProcess.Start(directory, new Dictionary<string, string> { ["Catalogue__DemoData"] = "false" });
            Assert.True(await first.WaitForOutputAsync("Catalogue ready", TimeSpan.FromSeconds(60)), first.Output);

            using var second = CatalogueProcess.Start(directory, new Dictionary<string, string> { ["Catalogue__DemoData"] = "false" });
            Assert.True(await second.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the second writer stops instead of sharing the index");
            Assert.NotEqual(0, second.ExitCode);
            Assert.Contains("Another process is writing the search index", second.Output);
            Assert.False(first.HasExited, "the first process keeps running");
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task A_missing_index_is_rebuilt_from_the_store_at_start()
    {
        var directory = CatalogueApiFactory.NewDataDirectory();
        long total;
        using (var first = new CatalogueApiFactory(directory) { KeepDataDirectory = true })
        {
            var client = await first.CreateReadyClientAsync();
            total = (await client.GetJsonAsync("/api/v1/offers?pageSize=1&facets=false")).Get<long>("total");
        }
        Directory.Delete(Path.Combine(directory, "index"), recursive: true);

        using var second = new CatalogueApiFactory(directory);
        var again = await second.CreateReadyClientAsync();
        Assert.Equal(total, (await again.GetJsonAsync("/api/v1/offers?pageSize=1&facets=false")).Get<long>("total"));
    }

    [Fact]
    public async Task A_stored_change_becomes_searchable_without_a_restart()
    {
        using var factory = new CatalogueApiFactory(CatalogueApiFactory.NewDataDirectory());
        var client = await factory.CreateReadyClientAsync();
        var provider = (await client.GetJsonAsync("/api/v1/providers?pageSize=1")).Items().Single().Get<string>("id");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var writer = scope.ServiceProvider.GetRequiredService<OfferWriter>();
            await writer.UpsertAsync(provider, [new OfferDraft
            {
                ExternalId = "nrt-1", Sector = Sector.Adult, Kind = "kurs", Title = "Kurs pszczelarstwa ekologicznego", Mode = "online", IsOnline = true,
            }], OfferSource.Api, isDemo: false, CancellationToken.None);
        }

        long found = 0;
        await Eventually.HoldsAsync(async () => (found = (await client.GetJsonAsync("/api/v1/offers?q=pszczelarstwo&facets=false")).Get<long>("total")) > 0,
            "the new offer is found by search");
        Assert.Equal(1, found);
    }
}
