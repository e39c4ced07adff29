namespace Catalogue.Tests.Feeds;

/// <summary>The split deployment: a standalone indexer writes the search index, the API (Indexer:RunInApi=false) only reads it.</summary>
public sealed class SplitDeploymentTests
{
    [Fact]
    public async Task The_api_serves_the_index_the_standalone_indexer_writes_and_sees_new_changes_without_taking_the_lock()
    {
        var directory = CatalogueApiFactory.NewDataDirectory();
        using var indexer = CatalogueProcess.StartIndexer(directory, "watch", "--Catalogue:DataDirectory", directory);
        Assert.True(await indexer.WaitForOutputAsync("Watching feeds", TimeSpan.FromSeconds(120)), indexer.Output);
        Assert.Contains("demo region was loaded through its feeds", indexer.Output, StringComparison.Ordinal);

        using var api = new CatalogueApiFactory(directory).With("Indexer:RunInApi", "false");
        var client = await api.CreateReadyClientAsync();
        Assert.True((await client.GetJsonAsync("/api/v1/offers?pageSize=1&facets=false")).Get<long>("total") > 700);

        var provider = (await client.GetJsonAsync("/api/v1/providers?pageSize=1")).Items().Single().Get<string>("id");
        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OfferWriter>().UpsertAsync(provider, [new OfferDraft
            {
                ExternalId = "split-1", Sector = Sector.Adult, Kind = "kurs", Title = "Kurs bartnictwa leśnego", Mode = "online", IsOnline = true,
            }], OfferSource.Api, isDemo: false, CancellationToken.None);
        }
        long found = 0;
        await Eventually.HoldsAsync(async () => (found = (await client.GetJsonAsync("/api/v1/offers?q=bartnictwo&facets=false")).Get<long>("total")) > 0,
            "the new offer is found by search");
        Assert.Equal(1, found);
        Assert.False(indexer.HasExited, "the indexer keeps writing: the API never took the writer lock");
        indexer.Kill();
    }
}
