using Catalogue.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// Runs every enabled feed whose interval has passed. Feeds sync in parallel, each in its own DI scope with its own
/// timeout, so one provider's slow or broken feed neither delays nor fails the others; an exception in one sync is
/// logged and recorded, never allowed to stop the host. A feed that another run holds (the API's "sync now", another
/// process) is left to it: <see cref="FeedSyncLeases"/> decides in the store.
/// </summary>
public sealed partial class FeedSchedulerWorker(
    IServiceScopeFactory scopes, Indexing.IndexReadiness readiness, TimeProvider clock, ILogger<FeedSchedulerWorker> logger) : BackgroundService
{
    public const int Parallelism = 4;
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Feeds wait for the store to be migrated and the index built at start-up.
        await readiness.WaitUntilBuiltAsync(stoppingToken);
        await MarkInterruptedRunsAsync(stoppingToken);
        using var timer = new PeriodicTimer(Tick, clock);
        do
        {
            try
            {
                await RunDueFeedsAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogTickFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs left "running" by a process that died: their transaction never committed, so nothing of them was applied.</summary>
    private async Task MarkInterruptedRunsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FeedSyncLeases>().EndStaleRunsAsync(feedId: null, cancellationToken);
    }

    public async Task RunDueFeedsAsync(CancellationToken cancellationToken)
    {
        List<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow();
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var feeds = await db.ProviderFeeds.AsNoTracking()
                .Where(f => f.Enabled).Select(f => new { f.Id, f.LastRunAt, f.IntervalMinutes }).ToListAsync(cancellationToken);
            var running = (await db.SyncRuns.AsNoTracking().Where(r => r.Outcome == Catalogue.Feeds.SyncOutcome.Running && r.FeedId != null)
                .Select(r => r.FeedId!.Value).ToListAsync(cancellationToken)).ToHashSet();
            due = feeds.Where(f => (f.LastRunAt is null || f.LastRunAt.Value.AddMinutes(f.IntervalMinutes) <= now) && !running.Contains(f.Id))
                .Select(f => f.Id).ToList();
        }
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (feedId, token) =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<FeedSync>().TrySyncAsync(feedId, token);
                if (run is not null) LogRun(feedId, run.ProviderId, run.Outcome, run.Created, run.Updated, run.Withdrawn, run.Rejected, run.Reason);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !token.IsCancellationRequested)
            {
                LogSyncFailed(exception, feedId);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedId} of {ProviderId}: {Outcome}; created {Created}, updated {Updated}, withdrawn {Withdrawn}, rejected {Rejected}; {Reason}")]
    private partial void LogRun(long feedId, string providerId, Catalogue.Feeds.SyncOutcome outcome, int created, int updated, int withdrawn, int rejected, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed {FeedId} sync failed unexpectedly")]
    private partial void LogSyncFailed(Exception exception, long feedId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed scheduling failed; retrying at the next tick")]
    private partial void LogTickFailed(Exception exception);
}
