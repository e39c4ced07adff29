using Catalogue.Search.Elasticsearch;
using Catalogue.Indexer.Indexing;

namespace Catalogue.Tests.Search.Elasticsearch;

/// <summary>The outbox drain over the Elasticsearch engine: a partially failed bulk never moves the checkpoint; the next drain catches up.</summary>
public sealed class ElasticsearchDrainTests : IAsyncLifetime
{
    private FakeElasticsearch _fake = null!;
    private IndexingHarness _harness = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeElasticsearch.StartAsync();
        // The fake clock: the partially failed bulk is refused for good (400), so no retry delay waits on it.
        _harness = await IndexingHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Search:Engine"] = "elasticsearch",
            ["Search:Elasticsearch:Url"] = _fake.Url.ToString(),
            ["Search:Elasticsearch:BulkRetryDelay"] = "00:00:00.005",
        });
        _services = _harness.Services;
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProviderWriter>().UpsertAsync([new ProviderDraft("drain-provider", "Pracownia Drenażu", "training-company")], isDemo: false, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<OfferWriter>().UpsertAsync("drain-provider",
        [
            new OfferDraft { ExternalId = "one", Sector = Sector.Adult, Kind = "kurs", Title = "Kurs pierwszy", Mode = "online", IsOnline = true },
            new OfferDraft { ExternalId = "two", Sector = Sector.Adult, Kind = "kurs", Title = "Kurs drugi", Mode = "online", IsOnline = true },
        ], OfferSource.Api, isDemo: false, CancellationToken.None);
    }

    [Fact]
    public async Task A_partially_failed_bulk_keeps_the_checkpoint_and_the_next_drain_catches_up()
    {
        Assert.IsType<ElasticsearchSearchIndex>(_services.GetRequiredService<ISearchIndex>());
        _fake.Answer = r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal)
            ? FakeResponse.Bulk(r, i => i == 1 ? (400, "document_parsing_exception", "failed to parse field [price]") : null) : null;
        await using (var scope = _services.CreateAsyncScope())
        {
            var drain = scope.ServiceProvider.GetRequiredService<SearchIndexDrain>();
            await Assert.ThrowsAsync<ElasticsearchBulkException>(() => drain.DrainBatchAsync(CancellationToken.None));
        }
        Assert.DoesNotContain(_fake.Requests, r => r.Method == "PUT" && r.Path.EndsWith("/_mapping", StringComparison.Ordinal));

        _fake.Answer = _ => null;
        await using (var scope = _services.CreateAsyncScope())
        {
            var drain = scope.ServiceProvider.GetRequiredService<SearchIndexDrain>();
            Assert.Equal(2, await drain.DrainBatchAsync(CancellationToken.None));
            var lastSeq = await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().OfferChanges.MaxAsync(c => c.Seq);
            var commit = _fake.Requests.Single(r => r.Method == "PUT" && r.Path.EndsWith("/_mapping", StringComparison.Ordinal));
            Assert.Equal(lastSeq, (long?)commit.Json!["_meta"]!["checkpoint"]);
        }
        var bulks = _fake.Requests.Where(r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, bulks.Count);
        Assert.All(bulks, b => Assert.Equal(2, b.Lines.Count(l => l["index"] is not null)));
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _fake.DisposeAsync();
    }
}
