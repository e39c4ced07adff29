using Catalogue.Feeds;
using Catalogue.Indexer.Feeds;
using Catalogue.Indexer.Hosting;
using Catalogue.Providers;
using Catalogue.Store;
using Catalogue.Vocabularies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalogue.Indexer.Demo;

/// <summary>
/// Loads the demo region into an empty store through the real pipeline: each demo provider publishes a feed file (CSV,
/// JSON-LD or JSON, see <see cref="DemoFeeds"/>), the feed is registered, and the feeds are synced like any other.
/// Providers and feeds are registered in one transaction; a crash before every feed has synced leaves feeds that never
/// ran, which the scheduler syncs at the next start, so the region is always completed.
/// </summary>
public sealed partial class DemoLoader(
    CatalogueDbContext db, ProviderWriter providers, CatalogueVocabularies vocabularies, IServiceScopeFactory scopes,
    IndexingDeployment deployment, TimeProvider clock, ILogger<DemoLoader> logger) : ICatalogueSeed
{
    /// <summary>Daily: the files only change when the demo is generated again.</summary>
    private const int DemoFeedIntervalMinutes = 24 * 60;

    /// <summary>The indexer's start-up hook: the demo region, its feed files in the data directory.</summary>
    public Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken) => LoadIfEmptyAsync(deployment.SeedFeedDirectory, cancellationToken);

    public async Task<bool> LoadIfEmptyAsync(string feedDirectory, CancellationToken cancellationToken)
    {
        if (await db.Providers.AnyAsync(cancellationToken) || await db.Offers.AnyAsync(cancellationToken))
            return false;

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var demo = DemoCatalogue.Generate(today, vocabularies);
        var feeds = demo.Providers.Select(p => new ProviderFeed
        {
            ProviderId = p.Id,
            Url = Path.GetFullPath(DemoFeeds.Write(p, demo.OffersByProvider.GetValueOrDefault(p.Id) ?? [], feedDirectory)),
            Format = DemoFeeds.FormatFor(p),
            IntervalMinutes = DemoFeedIntervalMinutes,
            CreatedAt = clock.GetUtcNow(),
        }).ToList();

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await providers.UpsertAsync(demo.Providers, isDemo: true, cancellationToken);
            db.ProviderFeeds.AddRange(feeds);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var (created, rejected) = (0, 0);
        foreach (var feed in feeds)
        {
            await using var scope = scopes.CreateAsyncScope();
            var run = await scope.ServiceProvider.GetRequiredService<FeedSync>().SyncAsync(feed.Id, cancellationToken);
            created += run.Created;
            rejected += run.Rejected;
            if (run.Outcome != SyncOutcome.Succeeded) LogFeedFailed(feed.ProviderId, run.Outcome, run.Reason);
        }
        var byFormat = feeds.CountBy(f => f.Format).ToDictionary();
        var (csv, jsonLd, json) = (byFormat.GetValueOrDefault(FeedFormat.Csv), byFormat.GetValueOrDefault(FeedFormat.JsonLd), byFormat.GetValueOrDefault(FeedFormat.Json));
        LogLoaded(demo.Providers.Count, csv, jsonLd, json, created, rejected);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Demo region loaded through its feeds ({Csv} CSV, {JsonLd} JSON-LD, {Json} JSON): {Providers} providers, {Offers} offers (marked as demo), {Rejected} rejected")]
    private partial void LogLoaded(int providers, int csv, int jsonLd, int json, int offers, int rejected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo feed of {ProviderId} ended {Outcome}: {Reason}")]
    private partial void LogFeedFailed(string providerId, SyncOutcome outcome, string? reason);
}
