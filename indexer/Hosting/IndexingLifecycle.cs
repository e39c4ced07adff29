using Catalogue.Indexer.Indexing;
using Catalogue.Search;
using Catalogue.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalogue.Indexer.Hosting;

/// <summary>
/// The one start-up sequence of every process that hosts the indexer (the API, <c>indexer watch</c>): migrate the store;
/// then, as the writer, seed an empty store and rebuild the index if it needs it and drain the backlog; as a reader,
/// wait until the writer has committed something to serve. Opens <see cref="IndexReadiness"/> at the end, which starts
/// the drain and the feed scheduler.
/// </summary>
public sealed partial class IndexingLifecycle(
    IServiceScopeFactory scopes, IndexingDeployment deployment, IOptions<CatalogueOptions> options, ISearchReader index, IndexReadiness indexReadiness,
    TimeProvider clock, ILogger<IndexingLifecycle> logger)
{
    private static readonly TimeSpan WriterPoll = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Runs the sequence. <paramref name="storeServing"/> is called when the store can be served but the search engine
    /// cannot yet (the engine is unavailable): the sequence then keeps retrying the engine and returns once it answers.
    /// An exception (the store cannot be migrated) means the process has nothing to serve.
    /// </summary>
    public async Task<IndexingStartup> RunAsync(Action storeServing, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        var database = db.Database.GetDbConnection().DataSource;
        var seeded = false;
        if (deployment.Role == IndexingRole.Writer)
        {
            if (options.Value.DemoData && scope.ServiceProvider.GetService<ICatalogueSeed>() is { } seed)
                seeded = await seed.SeedIfEmptyAsync(cancellationToken);
            try
            {
                await BuildIndexAsync(scope.ServiceProvider.GetRequiredService<SearchIndexDrain>(), cancellationToken);
            }
            catch (SearchUnavailableException unavailable)
            {
                // The store serves offers, providers and vocabularies without the engine: open it (search answers 503) and
                // keep trying the engine until it returns; the drain starts only then and catches up from the outbox.
                storeServing();
                LogSearchUnavailable(unavailable.Message, database);
                await RetryIndexAsync(unavailable.RetryAfter, cancellationToken);
            }
        }
        else
        {
            await WaitForWriterAsync(db, storeServing, cancellationToken);
        }
        indexReadiness.MarkBuilt();
        return new IndexingStartup(database, seeded);
    }

    private async Task BuildIndexAsync(SearchIndexDrain drain, CancellationToken cancellationToken)
    {
        if (await drain.NeedsRebuildAsync(cancellationToken))
        {
            var rebuilt = await drain.RebuildAsync(cancellationToken);
            LogRebuilt(rebuilt);
        }
        while (await drain.DrainBatchAsync(cancellationToken) > 0)
        {
        }
    }

    private async Task RetryIndexAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(delay, clock, cancellationToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await BuildIndexAsync(scope.ServiceProvider.GetRequiredService<SearchIndexDrain>(), cancellationToken);
                return;
            }
            catch (SearchUnavailableException unavailable)
            {
                delay = unavailable.RetryAfter;
            }
        }
    }

    /// <summary>Another process builds and writes the index; serve once it has committed something to serve.</summary>
    private async Task WaitForWriterAsync(CatalogueDbContext db, Action storeServing, CancellationToken cancellationToken)
    {
        LogWaitingForWriter();
        while (await db.OfferChanges.AnyAsync(cancellationToken))
        {
            try
            {
                if (await index.GetCheckpointAsync(cancellationToken) > 0) return;
            }
            catch (SearchUnavailableException unavailable)
            {
                storeServing();
                LogSearchUnavailable(unavailable.Message, db.Database.GetDbConnection().DataSource);
            }
            await Task.Delay(WriterPoll, clock, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search engine unavailable at start-up ({Reason}); serving the store at {Database} without search and retrying")]
    private partial void LogSearchUnavailable(string reason, string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexer:RunInApi=false: waiting for the standalone indexer to build the search index (dotnet run --project indexer/Cli -- watch)")]
    private partial void LogWaitingForWriter();

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt from the store: {Documents} offers")]
    private partial void LogRebuilt(long documents);
}

/// <summary>What the start-up did: the store it opened, and whether it seeded an empty one.</summary>
public sealed record IndexingStartup(string Database, bool Seeded);
