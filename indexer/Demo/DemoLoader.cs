using Catalogue.Offers;
using Catalogue.Providers;
using Catalogue.Store;
using Catalogue.Vocabularies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Catalogue.Indexer.Demo;

/// <summary>
/// Loads the demo region into an empty store, in one transaction: a crash half-way leaves the store empty
/// and the next start loads it again, rather than leaving half a region that is never completed.
/// </summary>
public sealed partial class DemoLoader(
    CatalogueDbContext db, ProviderWriter providers, OfferWriter offers, CatalogueVocabularies vocabularies,
    TimeProvider clock, ILogger<DemoLoader> logger)
{
    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Providers.AnyAsync(cancellationToken) || await db.Offers.AnyAsync(cancellationToken))
            return false;

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var demo = DemoCatalogue.Generate(today, vocabularies);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await providers.UpsertAsync(demo.Providers, isDemo: true, cancellationToken);
        var created = 0;
        foreach (var (providerId, drafts) in demo.OffersByProvider)
            created += (await offers.UpsertAsync(providerId, drafts, OfferSource.Demo, isDemo: true, cancellationToken)).Created;
        await transaction.CommitAsync(cancellationToken);
        LogLoaded(demo.Providers.Count, created);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo region loaded: {Providers} providers, {Offers} offers (marked as demo)")]
    private partial void LogLoaded(int providers, int offers);
}
