using System.Diagnostics;
using System.Globalization;
using Catalogue.Feeds;
using Catalogue.Store;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// Who may sync a feed now, decided in the store so that every process agrees: a feed's sync is a running
/// <see cref="SyncRun"/> row with a lease (holder and expiry), and the store keeps at most one running run per feed
/// (a filtered unique index). The scheduler, the API's "sync now" and a standalone <c>indexer watch</c> all claim
/// through here, so none of them syncs a feed that another is syncing. A run whose holder died is taken over: at once
/// when the holder was a process on this machine that no longer exists, otherwise when its lease expires.
/// </summary>
public sealed class FeedSyncLeases(CatalogueDbContext db, TimeProvider clock)
{
    /// <summary>How long a claim holds without renewal; the running sync renews it every <see cref="RenewEvery"/>.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);

    public const string InterruptedReason = "Interrupted: the indexer stopped during the run; nothing of it was applied. The feed is synced again.";

    /// <summary>This process, as written in <see cref="SyncRun.LeaseHolder"/>: machine, process id and start time (a reused pid is another process).</summary>
    public static string Holder { get; } = HolderOf(Environment.ProcessId, StartOf(Process.GetCurrentProcess()));

    /// <summary>
    /// Starts a run of <paramref name="feed"/> held by this process, or returns null when another live run holds the feed.
    /// Runs of the feed whose holder is gone are ended as interrupted first.
    /// </summary>
    public async Task<SyncRun?> TryClaimAsync(ProviderFeed feed, CancellationToken cancellationToken)
    {
        if (await EndStaleRunsAsync(feed.Id, cancellationToken) > 0) return null;
        var now = clock.GetUtcNow();
        var run = new SyncRun
        {
            ProviderId = feed.ProviderId, FeedId = feed.Id, Origin = feed.Url, StartedAt = now,
            LeaseHolder = Holder, LeaseExpiresAt = now + Lease,
        };
        db.SyncRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return run;
        }
        catch (DbUpdateException)
        {
            // Another process inserted its running run between our check and our insert: the index kept the feed its.
            db.Entry(run).State = EntityState.Detached;
            return null;
        }
    }

    /// <summary>
    /// Ends, as interrupted, the running runs (of one feed, or of all) whose holder is gone or whose lease expired, and
    /// returns how many live runs remain.
    /// </summary>
    public async Task<int> EndStaleRunsAsync(long? feedId, CancellationToken cancellationToken)
    {
        var running = await db.SyncRuns.AsNoTracking()
            .Where(r => r.Outcome == SyncOutcome.Running && (feedId == null || r.FeedId == feedId))
            .Select(r => new { r.Id, r.LeaseHolder, r.LeaseExpiresAt }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var stale = running.Where(r => r.LeaseExpiresAt is null || r.LeaseExpiresAt < now || IsGone(r.LeaseHolder)).Select(r => r.Id).ToList();
        if (stale.Count > 0) await EndAsync(stale, InterruptedReason, cancellationToken);
        return running.Count - stale.Count;
    }

    /// <summary>Moves a running run's lease on; false when the run is no longer running (it ended, or was taken over).</summary>
    public async Task<bool> RenewAsync(long runId, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + Lease;
        return await db.SyncRuns.Where(r => r.Id == runId && r.Outcome == SyncOutcome.Running)
            .ExecuteUpdateAsync(update => update.SetProperty(r => r.LeaseExpiresAt, until), cancellationToken) > 0;
    }

    /// <summary>Ends running runs as failed with <paramref name="reason"/> (a run that already ended is left as it is).</summary>
    public Task<int> EndAsync(IReadOnlyList<long> runIds, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.SyncRuns.Where(r => runIds.Contains(r.Id) && r.Outcome == SyncOutcome.Running).ExecuteUpdateAsync(update => update
            .SetProperty(r => r.Outcome, SyncOutcome.Failed)
            .SetProperty(r => r.Reason, reason)
            .SetProperty(r => r.FinishedAt, now), cancellationToken);
    }

    /// <summary>
    /// Ends a run that broke as failed with <paramref name="reason"/> and moves its feed's schedule on, as any finished
    /// run does; returns the run as stored (a run that had already ended keeps its outcome).
    /// </summary>
    public async Task<SyncRun> FailAsync(long runId, string reason, CancellationToken cancellationToken)
    {
        await EndAsync([runId], reason, cancellationToken);
        var run = await db.SyncRuns.AsNoTracking().SingleAsync(r => r.Id == runId, cancellationToken);
        if (run.FeedId is { } feedId)
            await db.ProviderFeeds.Where(f => f.Id == feedId).ExecuteUpdateAsync(update => update.SetProperty(f => f.LastRunAt, run.StartedAt), cancellationToken);
        return run;
    }

    /// <summary>A holder on this machine whose process no longer exists (or is another process with a reused pid).</summary>
    internal static bool IsGone(string? holder)
    {
        var parts = holder?.Split('|');
        if (parts is not [var machine, var pidText, var startText] || machine != Environment.MachineName
            || !int.TryParse(pidText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(startText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start))
            return false;
        if (pid == Environment.ProcessId) return holder != Holder;
        try
        {
            using var process = Process.GetProcessById(pid);
            // Each process derives start times from its own view of the boot time: equal within a second or two.
            return Math.Abs(long.Parse(StartOf(process), CultureInfo.InvariantCulture) - start) > 2;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static string HolderOf(int pid, string start) => $"{Environment.MachineName}|{pid.ToString(CultureInfo.InvariantCulture)}|{start}";

    /// <summary>The process's start in Unix seconds.</summary>
    private static string StartOf(Process process) =>
        new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
