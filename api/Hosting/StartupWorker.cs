using Catalogue.Indexer.Demo;
using Catalogue.Indexer.Indexing;
using Catalogue.Search;
using Catalogue.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Hosting;

/// <summary>
/// Brings the store up to date after the server starts listening, so that <c>/health/live</c> answers at once while
/// <c>/health/ready</c> (and the API) wait for migrations and, on first start, the demo region.
/// </summary>
internal sealed partial class StartupWorker(
    IServiceScopeFactory scopes, IOptions<CatalogueOptions> options, IndexerOptions indexer, DataDirectory dataDirectory, Readiness readiness, IndexReadiness indexReadiness, ISearchReader index,
    IHostApplicationLifetime lifetime, ILogger<StartupWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            await db.Database.MigrateAsync(stoppingToken);
            var database = db.Database.GetDbConnection().DataSource;
            if (indexer.RunInApi)
            {
                if (options.Value.DemoData)
                    await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadIfEmptyAsync(Path.Combine(dataDirectory.Path, "demo-feeds"), stoppingToken);
                try
                {
                    await BuildIndexAsync(scope.ServiceProvider.GetRequiredService<SearchIndexDrain>(), stoppingToken);
                }
                catch (SearchUnavailableException unavailable)
                {
                    // The store serves offers, providers and vocabularies without the engine: open the API (search answers 503)
                    // and keep trying the engine until it returns; the drain starts only then and catches up from the outbox.
                    readiness.MarkReady();
                    LogSearchUnavailable(unavailable.Message, database);
                    await RetryIndexAsync(unavailable.RetryAfter, stoppingToken);
                }
            }
            else
            {
                await WaitForIndexerAsync(db, stoppingToken);
            }
            indexReadiness.MarkBuilt();
            readiness.MarkReady();
            LogReady(database);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // Without a store the catalogue cannot serve anything: stop rather than answer 503 forever.
            LogFailed(exception);
            lifetime.StopApplication();
        }
    }

    private async Task BuildIndexAsync(SearchIndexDrain drain, CancellationToken stoppingToken)
    {
        if (await drain.NeedsRebuildAsync(stoppingToken))
        {
            var rebuilt = await drain.RebuildAsync(stoppingToken);
            LogRebuilt(rebuilt);
        }
        while (await drain.DrainBatchAsync(stoppingToken) > 0)
        {
        }
    }

    /// <summary>The standalone indexer builds and writes the index; serve once it has committed something to serve.</summary>
    private async Task WaitForIndexerAsync(CatalogueDbContext db, CancellationToken stoppingToken)
    {
        LogWaitingForIndexer();
        while (await db.OfferChanges.AnyAsync(stoppingToken))
        {
            try
            {
                if (await index.GetCheckpointAsync(stoppingToken) > 0) return;
            }
            catch (SearchUnavailableException unavailable)
            {
                readiness.MarkReady();
                LogSearchUnavailable(unavailable.Message, db.Database.GetDbConnection().DataSource);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken);
        }
    }

    private async Task RetryIndexAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        while (true)
        {
            await Task.Delay(delay, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await BuildIndexAsync(scope.ServiceProvider.GetRequiredService<SearchIndexDrain>(), stoppingToken);
                return;
            }
            catch (SearchUnavailableException unavailable)
            {
                delay = unavailable.RetryAfter;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search engine unavailable at start-up ({Reason}); serving the store at {Database} without search and retrying")]
    private partial void LogSearchUnavailable(string reason, string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue ready; store at {Database}")]
    private partial void LogReady(string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexer:RunInApi=false: waiting for the standalone indexer to build the search index (dotnet run --project indexer -- watch)")]
    private partial void LogWaitingForIndexer();

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt from the store: {Documents} offers")]
    private partial void LogRebuilt(long documents);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Catalogue start-up failed; stopping")]
    private partial void LogFailed(Exception exception);
}

/// <summary>Set once the store is migrated and seeded; read by the readiness check and the API gate.</summary>
internal sealed class Readiness
{
    private volatile bool _ready;
    public bool IsReady => _ready;
    public void MarkReady() => _ready = true;
}
