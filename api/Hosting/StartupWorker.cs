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
    IServiceScopeFactory scopes, IOptions<CatalogueOptions> options, IndexerOptions indexer, DataDirectory dataDirectory, Readiness readiness, IndexReadiness indexReadiness, ISearchIndex index,
    IHostApplicationLifetime lifetime, ILogger<StartupWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            await db.Database.MigrateAsync(stoppingToken);
            var drain = scope.ServiceProvider.GetRequiredService<SearchIndexDrain>();
            if (indexer.RunInApi)
            {
                if (options.Value.DemoData)
                    await scope.ServiceProvider.GetRequiredService<DemoLoader>().LoadIfEmptyAsync(Path.Combine(dataDirectory.Path, "demo-feeds"), stoppingToken);
                if (index.NeedsRebuild)
                {
                    var rebuilt = await drain.RebuildAsync(stoppingToken);
                    LogRebuilt(rebuilt);
                }
                while (await drain.DrainBatchAsync(stoppingToken) > 0)
                {
                }
            }
            else
            {
                // The standalone indexer builds and writes the index; serve once it has committed something to serve.
                LogWaitingForIndexer();
                while (await index.GetCheckpointAsync(stoppingToken) == 0 && await db.OfferChanges.AnyAsync(stoppingToken))
                    await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken);
            }
            indexReadiness.MarkBuilt();
            readiness.MarkReady();
            var database = db.Database.GetDbConnection().DataSource;
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
