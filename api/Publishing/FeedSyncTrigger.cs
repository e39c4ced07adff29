using System.Collections.Concurrent;
using Catalogue.Indexer.Feeds;

namespace Catalogue.Api.Publishing;

/// <summary>
/// Runs one feed sync now, outside the request, in its own DI scope; one at a time per feed. Stopping the host cancels
/// it, and a run cut short is marked and retried at the next start like any interrupted sync.
/// </summary>
internal sealed partial class FeedSyncTrigger(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<FeedSyncTrigger> logger)
{
    private readonly ConcurrentDictionary<long, bool> _running = new();

    public bool TryStart(long feedId)
    {
        if (!_running.TryAdd(feedId, true)) return false;
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<FeedSync>().SyncAsync(feedId, lifetime.ApplicationStopping);
            }
            catch (Exception exception) when (!lifetime.ApplicationStopping.IsCancellationRequested)
            {
                LogFailed(exception, feedId);
            }
            finally
            {
                _running.TryRemove(feedId, out _);
            }
        });
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Requested sync of feed {FeedId} failed unexpectedly")]
    private partial void LogFailed(Exception exception, long feedId);
}
