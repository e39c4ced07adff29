using Catalogue.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// Runs every enabled feed whose interval has passed. Feeds sync in parallel, each in its own DI scope with its own
/// timeout, so one provider's slow or broken feed neither delays nor fails the others; an exception in one sync is
/// logged and recorded, never allowed to stop the host.
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

    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, bool> _running = new();

    /// <summary>Runs left "running" by a process that died: their transaction never committed, so nothing of them was applied.</summary>
    private async Task MarkInterruptedRunsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        await db.SyncRuns.Where(r => r.Outcome == Catalogue.Feeds.SyncOutcome.Running).ExecuteUpdateAsync(update => update
            .SetProperty(r => r.Outcome, Catalogue.Feeds.SyncOutcome.Failed)
            .SetProperty(r => r.Reason, "Interrupted: the indexer stopped during the run; nothing of it was applied. The feed is synced again."),
            cancellationToken);
    }

    public async Task RunDueFeedsAsync(CancellationToken cancellationToken)
    {
        List<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow();
            var feeds = await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().ProviderFeeds.AsNoTracking()
                .Where(f => f.Enabled).Select(f => new { f.Id, f.LastRunAt, f.IntervalMinutes }).ToListAsync(cancellationToken);
            due = feeds.Where(f => (f.LastRunAt is null || f.LastRunAt.Value.AddMinutes(f.IntervalMinutes) <= now) && !_running.ContainsKey(f.Id))
                .Select(f => f.Id).ToList();
        }
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (feedId, token) =>
        {
            if (!_running.TryAdd(feedId, true)) return;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<FeedSync>().SyncAsync(feedId, token);
                LogRun(feedId, run.ProviderId, run.Outcome, run.Created, run.Updated, run.Withdrawn, run.Rejected, run.Reason);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !token.IsCancellationRequested)
            {
                LogSyncFailed(exception, feedId);
            }
            finally
            {
                _running.TryRemove(feedId, out _);
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
