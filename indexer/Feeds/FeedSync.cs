using Catalogue.Feeds;
using Catalogue.Offers;
using Catalogue.Store;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// One sync of one feed, from download to recorded run: fetch (conditional), skip an unchanged document by its hash
/// even when the server ignores conditional requests, read it in its format, apply it. A failure at any step is
/// recorded with its reason and changes no offer; the feed's validators advance only after a successful apply.
/// </summary>
public sealed class FeedSync(CatalogueDbContext db, FeedFetcher fetcher, FeedApplier applier, TimeProvider clock)
{
    public async Task<SyncRun> SyncAsync(long feedId, CancellationToken cancellationToken)
    {
        var feed = await db.ProviderFeeds.SingleAsync(f => f.Id == feedId, cancellationToken);
        var run = new SyncRun { ProviderId = feed.ProviderId, FeedId = feed.Id, Origin = feed.Url, StartedAt = clock.GetUtcNow() };
        db.SyncRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        run = await SyncAsync(feed, run, cancellationToken);
        // Only a run that ended moves the schedule on: one interrupted by a crash is due again at the next start.
        feed.LastRunAt = run.StartedAt;
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    private async Task<SyncRun> SyncAsync(ProviderFeed feed, SyncRun run, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(feed, cancellationToken);
        if (fetched.Failure is not null) return await applier.FailAsync(run, fetched.Failure, cancellationToken);
        if (fetched.IsNotModified || fetched.ContentHash == feed.ContentHash) return await applier.NotModifiedAsync(run, cancellationToken);

        FeedDocument document;
        try
        {
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
