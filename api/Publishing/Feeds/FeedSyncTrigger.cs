using Catalogue.Indexer.Feeds;

namespace Catalogue.Api.Publishing.Feeds;

/// <summary>
/// Runs one feed sync now, outside the request, in its own DI scope. The feed is claimed in the store before the
/// request is answered (<see cref="FeedSyncLeases"/>), so a feed that any process is syncing is refused, not run twice.
/// Stopping the host cancels the run, which then ends as interrupted and is synced again at the next start.
/// </summary>
internal sealed partial class FeedSyncTrigger(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<FeedSyncTrigger> logger)
{
    /// <summary>Claims the feed and starts its sync in the background; false when another run holds it.</summary>
    public async Task<bool> TryStartAsync(long feedId, CancellationToken cancellationToken)
    {
        long? runId;
        await using (var scope = scopes.CreateAsyncScope())
            runId = await scope.ServiceProvider.GetRequiredService<FeedSync>().TryClaimAsync(feedId, cancellationToken);
        if (runId is not { } claimed) return false;
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<FeedSync>().RunClaimedAsync(claimed, lifetime.ApplicationStopping);
            }
            catch (Exception exception) when (!lifetime.ApplicationStopping.IsCancellationRequested)
            {
                LogFailed(exception, feedId);
            }
        }, CancellationToken.None);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Requested sync of feed {FeedId} failed unexpectedly")]
    private partial void LogFailed(Exception exception, long feedId);
}
