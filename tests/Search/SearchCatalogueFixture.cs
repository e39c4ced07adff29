using Catalogue.Indexer.Demo;
using Catalogue.Indexer.Hosting;
using Catalogue.Indexer.Indexing;
using Microsoft.Extensions.Configuration;

namespace Catalogue.Tests.Search;

/// <summary>
/// A real store (SQLite in a temporary folder) holding the demo region plus a few offers written for the assertions
/// below, drained into the engine under test through the same path the product uses.
/// </summary>
public abstract class SearchCatalogueFixture : IAsyncLifetime
{
    public const string ProviderId = "conformance-provider";
    private IndexingHarness? _harness;

    public ISearchIndex Index => _harness!.Services.GetRequiredService<ISearchIndex>();

    /// <summary>The harness's (fake, unmoving) clock's date: the engine's "today" for upcoming runs is the same.</summary>
    public DateOnly Today { get; private set; } = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    protected abstract IReadOnlyDictionary<string, string?> EngineSettings { get; }

    /// <summary>Settings of <see cref="CreateEmptyIndex"/>: the engine's, placed so as not to touch the fixture's index (a folder for Lucene, an index name for a cluster).</summary>
    protected virtual IReadOnlyDictionary<string, string?> EmptyIndexSettings(string directory) => EngineSettings;

    public virtual async Task InitializeAsync()
    {
        _harness = await IndexingHarness.StartAsync(EngineSettings);
        Today = DateOnly.FromDateTime(_harness.Clock.GetUtcNow().UtcDateTime);
        await using var scope = _harness.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadIfEmptyAsync(Path.Combine(_harness.DataDirectory, "demo-feeds"), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ProviderWriter>().UpsertAsync(
            [new ProviderDraft(ProviderId, "Pracownia Testowa Rzemiosł", "training-company") { City = "Łódź", PowiatCode = "1061" }], isDemo: false, CancellationToken.None);
        var writer = scope.ServiceProvider.GetRequiredService<OfferWriter>();
        await writer.UpsertAsync(ProviderId, ConformanceOffers.Drafts(Today), OfferSource.Api, isDemo: false, CancellationToken.None);
        await writer.WithdrawAsync([OfferId.From(ProviderId, ConformanceOffers.WithdrawnId)], CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ProviderWriter>().UpsertAsync(
            [new ProviderDraft(ConformanceOffers.TownNamedProviderId, ConformanceOffers.TownNamedProviderName, "training-company") { City = "Łódź", PowiatCode = "1061" }], isDemo: false, CancellationToken.None);
        await writer.UpsertAsync(ConformanceOffers.TownNamedProviderId, ConformanceOffers.TownNamedProviderDrafts(Today), OfferSource.Api, isDemo: false, CancellationToken.None);
        var drain = scope.ServiceProvider.GetRequiredService<SearchIndexDrain>();
        await drain.RebuildAsync(CancellationToken.None);
    }

    public virtual async Task DisposeAsync()
    {
        if (_harness is not null) await _harness.DisposeAsync();
    }

    public static string IdOf(string externalId) => OfferId.From(ProviderId, externalId);

    /// <summary>The stored offers behind search hits, to check that every hit satisfies a filter.</summary>
    public async Task<List<LearningOffer>> OffersAsync(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        await using var scope = _harness!.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var offers = await db.Offers.AsNoTracking().Where(o => list.Contains(o.Id)).ToDictionaryAsync(o => o.Id);
        return list.Select(id => offers[id]).ToList();
    }

    /// <summary>A fresh, empty index of the same engine, for tests that need thousands of synthetic documents.</summary>
    public ISearchIndex CreateEmptyIndex(string directory)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(EmptyIndexSettings(directory)).Build();
        return new ServiceCollection().AddLogging().AddCatalogueIndexing(configuration, directory, IndexingRole.Writer)
            .BuildServiceProvider().GetRequiredService<ISearchIndex>();
    }
}

public sealed class LuceneSearchCatalogueFixture : SearchCatalogueFixture
{
    protected override IReadOnlyDictionary<string, string?> EngineSettings { get; } = new Dictionary<string, string?> { ["Search:Engine"] = "lucene" };
}
