using Catalogue.Indexer.Demo;
using Catalogue.Indexer.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Catalogue.Tests.Hosting;

/// <summary>
/// The indexer without a host, for tests below the API: a temporary data directory, the service graph of the indexer's
/// own composition root (<see cref="IndexingServiceCollectionExtensions.AddCatalogueIndexing"/>, plus the demo region as
/// its seed), a migrated store and, by default, a <see cref="FakeTimeProvider"/> that moves only when a test advances it.
/// The fake clock starts at the real instant the harness is made, so dates a test derives from today still agree.
/// </summary>
public sealed class IndexingHarness : IAsyncDisposable
{
    private IndexingHarness(string dataDirectory, ServiceProvider services, TimeProvider clock)
    {
        DataDirectory = dataDirectory;
        Services = services;
        Clock = clock;
    }

    public string DataDirectory { get; }
    public ServiceProvider Services { get; }

    /// <summary>The clock the indexer's components were given (a <see cref="FakeTimeProvider"/> unless the test chose another).</summary>
    public TimeProvider Clock { get; }

    /// <summary>The fake clock, for tests that drive timers by advancing it.</summary>
    public FakeTimeProvider FakeClock => Clock as FakeTimeProvider ?? throw new InvalidOperationException("This harness runs on another clock.");

    /// <summary>Starts a harness: <paramref name="settings"/> as an operator would pass them (<c>Search:Engine</c>, <c>Feeds:*</c>).</summary>
    /// <param name="clock">Null: a fake clock. <see cref="TimeProvider.System"/> for tests whose timers run on real I/O (retries against a live server).</param>
    /// <param name="configure">Services registered after the composition root's (a fault-injection probe), or null.</param>
    public static async Task<IndexingHarness> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null, IndexingRole role = IndexingRole.Writer,
        Action<IServiceCollection>? configure = null)
    {
        var dataDirectory = CatalogueApiFactory.NewDataDirectory();
        clock ??= new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddSingleton(clock)
            .AddLogging()
            .AddCatalogueIndexing(configuration, dataDirectory, role)
            .AddDemoRegion();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Database.MigrateAsync();
        return new IndexingHarness(dataDirectory, provider, clock);
    }

    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    /// <summary>Registers a school with one JSON feed at <paramref name="url"/> (a loopback address or a file); returns the feed's id.</summary>
    public async Task<long> AddSchoolWithFeedAsync(string providerId, string name, string url)
    {
        await using var scope = CreateScope();
        await scope.ServiceProvider.GetRequiredService<ProviderWriter>().UpsertAsync([new ProviderDraft(providerId, name, "school")], false, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var feed = new ProviderFeed { ProviderId = providerId, Url = url, Format = FeedFormat.Json };
        db.ProviderFeeds.Add(feed);
        await db.SaveChangesAsync();
        return feed.Id;
    }

    /// <summary>Syncs one feed now, as the scheduler would.</summary>
    public async Task<SyncRun> SyncAsync(long feedId)
    {
        await using var scope = CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FeedSync>().SyncAsync(feedId, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { }
    }
}
