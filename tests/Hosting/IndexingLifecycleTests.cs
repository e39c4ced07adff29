using Catalogue.Indexer.Hosting;
using Catalogue.Indexer.Indexing;

namespace Catalogue.Tests.Hosting;

/// <summary>The one start-up sequence, run through the composition root without a host.</summary>
public sealed class IndexingLifecycleTests
{
    [Fact]
    public async Task The_writer_seeds_an_empty_store_once_builds_the_index_to_the_last_change_and_opens_readiness()
    {
        await using var harness = await IndexingHarness.StartAsync();
        var lifecycle = harness.Services.GetRequiredService<IndexingLifecycle>();
        var storeServedEarly = false;

        var first = await lifecycle.RunAsync(() => storeServedEarly = true, CancellationToken.None);

        Assert.True(first.Seeded);
        Assert.False(storeServedEarly, "the embedded engine is always available: the store is not served without search");
        Assert.True(harness.Services.GetRequiredService<IndexReadiness>().IsBuilt);
        await using (var scope = harness.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var index = harness.Services.GetRequiredService<ISearchIndex>();
            Assert.Equal(await db.OfferChanges.MaxAsync(c => c.Seq), await index.GetCheckpointAsync(CancellationToken.None));
            Assert.Equal(await db.Offers.CountAsync(o => o.Status == Catalogue.Offers.OfferStatus.Active), await index.CountAsync(CancellationToken.None));
        }

        var again = await lifecycle.RunAsync(() => storeServedEarly = true, CancellationToken.None);
        Assert.False(again.Seeded);
    }

    [Fact]
    public async Task Without_demo_data_the_writer_starts_empty_and_ready()
    {
        await using var harness = await IndexingHarness.StartAsync(new Dictionary<string, string?> { ["Catalogue:DemoData"] = "false" });

        var startup = await harness.Services.GetRequiredService<IndexingLifecycle>().RunAsync(() => { }, CancellationToken.None);

        Assert.False(startup.Seeded);
        Assert.True(harness.Services.GetRequiredService<IndexReadiness>().IsBuilt);
        Assert.Equal(0, await harness.Services.GetRequiredService<ISearchIndex>().CountAsync(CancellationToken.None));
    }
}
