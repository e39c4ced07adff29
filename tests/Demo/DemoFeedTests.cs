using Catalogue.Indexer.Demo;

namespace Catalogue.Tests.Demo;

/// <summary>The demo region enters the catalogue the way real offers do: through feeds in all three formats.</summary>
public sealed class DemoFeedTests : IAsyncLifetime
{
    private IndexingHarness _harness = null!;
    private ServiceProvider _services = null!;
    private string _directory = null!;

    public async Task InitializeAsync()
    {
        _harness = await IndexingHarness.StartAsync();
        _services = _harness.Services;
        _directory = _harness.DataDirectory;
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Every_generated_demo_offer_arrives_through_csv_json_ld_and_json_feeds_without_a_reject()
    {
        await using var scope = _services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadIfEmptyAsync(Path.Combine(_directory, "demo-feeds"), CancellationToken.None));
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();

        var today = DateOnly.FromDateTime(_harness.Clock.GetUtcNow().UtcDateTime);
        var generated = DemoCatalogue.Generate(today, new CatalogueVocabularies()).OffersByProvider
            .SelectMany(p => p.Value.Select(o => (Id: OfferId.From(p.Key, o.ExternalId), Draft: o))).ToDictionary(x => x.Id, x => x.Draft);
        var stored = await db.Offers.AsNoTracking().Include(o => o.Runs).Include(o => o.Locations).ToListAsync();
        Assert.Equal(generated.Keys.Order(), stored.Select(o => o.Id).Order());
        Assert.All(stored, o => Assert.True(o.IsDemo && o.Source == OfferSource.Demo && o.Status == OfferStatus.Active));

        var formats = await db.ProviderFeeds.Select(f => f.Format).Distinct().ToListAsync();
        Assert.Equal([FeedFormat.Json, FeedFormat.Csv, FeedFormat.JsonLd], formats.Order());
        var runs = await db.SyncRuns.AsNoTracking().ToListAsync();
        Assert.All(runs, r => Assert.Equal((SyncOutcome.Succeeded, 0), (r.Outcome, r.Rejected)));

        // What a searcher sees survives each format: title, kind, level, codes, runs, places and price.
        foreach (var offer in stored)
        {
            var draft = generated[offer.Id];
            Assert.Equal((draft.Title, draft.Kind, draft.Mode, draft.PrkLevel, draft.IsFree), (offer.Title, offer.Kind, offer.Mode, offer.PrkLevel, offer.IsFree));
            Assert.Equal(draft.IscedCodes, offer.IscedCodes);
            Assert.Equal(draft.QualificationCodes, offer.QualificationCodes);
            Assert.Equal(draft.Runs.Select(r => (r.Start, r.Places)), offer.Runs.OrderBy(r => r.Id).Select(r => (r.Start, r.Places)));
            Assert.Equal(draft.Locations.Select(l => (l.City, l.PowiatCode)).Order(), offer.Locations.Select(l => (l.City, l.PowiatCode)).Order());
        }
    }

    [Fact]
    public async Task A_store_that_already_has_providers_is_left_alone()
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProviderWriter>().UpsertAsync([new ProviderDraft("own-school", "Szkoła", "school")], false, CancellationToken.None);
        Assert.False(await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadIfEmptyAsync(Path.Combine(_directory, "demo-feeds"), CancellationToken.None));
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Offers.CountAsync());
    }
}
