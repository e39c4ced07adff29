using Catalogue.Feeds;
using Catalogue.Offers;
using Catalogue.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// One sync of one feed, from download to recorded run: fetch (conditional), skip an unchanged document by its hash
/// even when the server ignores conditional requests, read it in its format, apply it. A failure at any step is
/// recorded with its reason and changes no offer; the feed's validators advance only after a successful apply.
/// A sync first claims the feed through <see cref="FeedSyncLeases"/>, so one feed is never synced twice at once by
/// any process; every run ends in a terminal state with a reason, also when it is cancelled or throws.
/// </summary>
public sealed partial class FeedSync(
    CatalogueDbContext db, FeedFetcher fetcher, FeedApplier applier, FeedSyncLeases leases, IServiceScopeFactory scopes, IPipelineProbe probe,
    TimeProvider clock, ILogger<FeedSync> logger)
{
    /// <summary>Claims and syncs the feed; throws <see cref="FeedSyncRunningException"/> when another run holds it.</summary>
    public async Task<SyncRun> SyncAsync(long feedId, CancellationToken cancellationToken) =>
        await TrySyncAsync(feedId, cancellationToken) ?? throw new FeedSyncRunningException(feedId);

    /// <summary>Claims and syncs the feed, or returns null when another run (of any process) holds it.</summary>
    public async Task<SyncRun?> TrySyncAsync(long feedId, CancellationToken cancellationToken)
    {
        var feed = await db.ProviderFeeds.SingleAsync(f => f.Id == feedId, cancellationToken);
        var run = await leases.TryClaimAsync(feed, cancellationToken);
        return run is null ? null : await RunAsync(feed, run, cancellationToken);
    }

    /// <summary>Claims the feed for a run that <see cref="RunClaimedAsync"/> carries out later; null when another run holds it.</summary>
    public async Task<long?> TryClaimAsync(long feedId, CancellationToken cancellationToken)
    {
        var feed = await db.ProviderFeeds.SingleAsync(f => f.Id == feedId, cancellationToken);
        return (await leases.TryClaimAsync(feed, cancellationToken))?.Id;
    }

    /// <summary>Carries out a run claimed by <see cref="TryClaimAsync"/> (in another scope or request).</summary>
    public async Task<SyncRun> RunClaimedAsync(long runId, CancellationToken cancellationToken)
    {
        var run = await db.SyncRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        var feed = await db.ProviderFeeds.SingleAsync(f => f.Id == run.FeedId, cancellationToken);
        return await RunAsync(feed, run, cancellationToken);
    }

    private async Task<SyncRun> RunAsync(ProviderFeed feed, SyncRun run, CancellationToken cancellationToken)
    {
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewWhileRunningAsync(run.Id, renewal.Token);
        try
        {
            run = await SyncAsync(feed, run, cancellationToken);
            // Only a run that ended moves the schedule on: one interrupted by a crash is due again at the next start.
            feed.LastRunAt = run.StartedAt;
            await db.SaveChangesAsync(cancellationToken);
            return run;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await EndInFreshScopeAsync(run.Id, FeedSyncLeases.InterruptedReason, failed: false);
            throw;
        }
        catch (Exception exception)
        {
            // Whatever broke, the run ends failed, the feed is free and its schedule moves on: a feed that trips a bug
            // is tried again at its interval, not at every tick. The reason names the error; the log has the rest.
            LogUnexpected(exception, feed.Id);
            var reason = $"The sync stopped on an unexpected error ({exception.GetType().Name}); nothing of it was applied. The catalogue team has the details.";
            if (await EndInFreshScopeAsync(run.Id, reason, failed: true) is { } ended) return ended;
            throw;
        }
        finally
        {
            await renewal.CancelAsync();
            await renewing;
        }
    }

    /// <summary>Keeps the claim alive while a long sync runs; a failed renewal is logged and tried again at the next tick.</summary>
    private async Task RenewWhileRunningAsync(long runId, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(FeedSyncLeases.RenewEvery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<FeedSyncLeases>().RenewAsync(runId, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogRenewalFailed(exception, runId);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// The sync's own context may hold a broken transaction or half-tracked offers: the end is recorded through a fresh
    /// one, whatever the caller's token. A failed run also moves its feed's schedule on; an interrupted one does not.
    /// </summary>
    private async Task<SyncRun?> EndInFreshScopeAsync(long runId, string reason, bool failed)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var leases = scope.ServiceProvider.GetRequiredService<FeedSyncLeases>();
            if (failed) return await leases.FailAsync(runId, reason, CancellationToken.None);
            await leases.EndAsync([runId], reason, CancellationToken.None);
            return null;
        }
        catch (Exception exception)
        {
            // The lease then expires, and the next claim ends the run as interrupted.
            LogEndFailed(exception, runId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sync of feed {FeedId} stopped on an unexpected error")]
    private partial void LogUnexpected(Exception exception, long feedId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the lease of sync run {RunId}")]
    private partial void LogRenewalFailed(Exception exception, long runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the end of sync run {RunId}")]
    private partial void LogEndFailed(Exception exception, long runId);

    private async Task<SyncRun> SyncAsync(ProviderFeed feed, SyncRun run, CancellationToken cancellationToken)
    {
        probe.Reached(PipelineStage.Fetch);
        var fetched = await fetcher.FetchAsync(feed, cancellationToken);
        if (fetched.Failure is not null) return await applier.FailAsync(run, fetched.Failure, cancellationToken);
        if (fetched.IsNotModified || fetched.ContentHash == feed.ContentHash) return await applier.NotModifiedAsync(run, cancellationToken);

        FeedDocument document;
        try
        {
            probe.Reached(PipelineStage.Read);
            document = await ReadAsync(feed.Format, fetched.Body!, cancellationToken);
        }
        catch (FeedFormatException exception)
        {
            return await applier.FailAsync(run, exception.Message, cancellationToken);
        }
        // The demo region comes in through feeds too; its offers stay marked as demo.
        var isDemo = await db.Providers.Where(p => p.Id == feed.ProviderId).Select(p => p.IsDemo).SingleAsync(cancellationToken);
        run = await applier.ApplyAsync(feed.ProviderId, document, run, isDemo ? OfferSource.Demo : OfferSource.Feed, cancellationToken);
        if (run.Outcome == SyncOutcome.Succeeded)
        {
            feed.ETag = fetched.ETag;
            feed.LastModified = fetched.LastModified;
            feed.ContentHash = fetched.ContentHash;
        }
        return run;
    }

    public static async Task<FeedDocument> ReadAsync(FeedFormat format, byte[] body, CancellationToken cancellationToken) => format switch
    {
        FeedFormat.Csv => CsvFeedReader.Read(new MemoryStream(body)),
        FeedFormat.Json => await JsonFeedReader.ReadAsync(new MemoryStream(body), cancellationToken),
        FeedFormat.JsonLd => JsonLdFeedReader.Read(body),
        _ => throw new FeedFormatException($"The {format} format is not known."),
    };
}

/// <summary>The feed is being synced by another run (of this or another process); its runs show which.</summary>
public sealed class FeedSyncRunningException(long feedId) : Exception($"Feed {feedId} is being synced by another run now; see its sync runs.")
{
    public long FeedId { get; } = feedId;
}
