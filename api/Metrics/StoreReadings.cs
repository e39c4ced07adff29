using Catalogue.Api.Hosting;
using Catalogue.Feeds;
using Catalogue.Indexer.Indexing;
using Catalogue.Publishing;

namespace Catalogue.Api.Metrics;

/// <summary>
/// The counts the store already keeps (sync runs by outcome, the upload queue, the index's distance behind the store),
/// read once per scrape, just before the exporter collects. Reading them from the store, not counting events in the
/// code that causes them, keeps them true whichever process did the work (the API, a standalone indexer, the CLI) and
/// across restarts.
/// </summary>
internal sealed partial class StoreReadings(IServiceScopeFactory scopes, Readiness readiness, TimeProvider clock, ILogger<StoreReadings> logger)
{
    private volatile StoreSnapshot? _current;

    /// <summary>The last reading; null before the first scrape, while the store is not ready, or when it could not be read.</summary>
    public StoreSnapshot? Current => _current;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (!readiness.IsReady)
        {
            _current = null;
            return;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var runs = await db.SyncRuns.AsNoTracking()
                .GroupBy(r => new { Feed = r.FeedId != null, Upload = r.Origin == "upload", r.Outcome })
                .Select(g => new { g.Key.Feed, g.Key.Upload, g.Key.Outcome, Count = g.LongCount() })
                .ToListAsync(cancellationToken);
            var uploads = await db.Uploads.AsNoTracking()
                .Where(u => u.Status == UploadStatus.Queued || u.Status == UploadStatus.Processing)
                .GroupBy(u => u.Status).Select(g => new { Status = g.Key, Count = g.LongCount() })
                .ToListAsync(cancellationToken);
            _current = new StoreSnapshot(
                [.. runs.Select(r => new SyncRunCount(r.Feed ? "feed" : r.Upload ? "upload" : "import", r.Outcome, r.Count))],
                uploads.Where(u => u.Status == UploadStatus.Queued).Sum(u => u.Count),
                uploads.Where(u => u.Status == UploadStatus.Processing).Sum(u => u.Count),
                await ReadLagAsync(scope.ServiceProvider, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // No numbers rather than stale ones: the series disappear and an absent() alert fires.
            _current = null;
            LogUnreadable(exception);
        }
    }

    private async Task<IndexLag?> ReadLagAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            return await services.GetRequiredService<IndexLagProbe>().LagAsync(clock, cancellationToken);
        }
        catch (Catalogue.Search.SearchUnavailableException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Metrics: the store could not be read; its series are left out of this scrape.")]
    private partial void LogUnreadable(Exception exception);
}

/// <summary>One scrape's reading of the store. <see cref="IndexLag"/> is null when the search engine cannot be asked.</summary>
internal sealed record StoreSnapshot(IReadOnlyList<SyncRunCount> SyncRuns, long UploadsQueued, long UploadsProcessing, IndexLag? IndexLag);

/// <summary>How many sync runs of one origin (feed, upload, import) ended (or stand) in one outcome.</summary>
internal sealed record SyncRunCount(string Origin, SyncOutcome Outcome, long Count);
