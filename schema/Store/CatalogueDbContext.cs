using Catalogue.Changes;
using Catalogue.Feeds;
using Catalogue.Offers;
using Catalogue.Providers;
using Catalogue.Publishing;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Catalogue.Store;

/// <summary>The system of record. Search indexes are derived from it and can always be rebuilt from it.</summary>
public sealed class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options) : DbContext(options)
{
    public DbSet<LearningOffer> Offers => Set<LearningOffer>();
    public DbSet<OfferRun> OfferRuns => Set<OfferRun>();
    public DbSet<OfferLocation> OfferLocations => Set<OfferLocation>();
    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<OfferChange> OfferChanges => Set<OfferChange>();
    public DbSet<ProviderFeed> ProviderFeeds => Set<ProviderFeed>();
    public DbSet<SyncRun> SyncRuns => Set<SyncRun>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Upload> Uploads => Set<Upload>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no native instant or decimal type: instants become sortable integers (UTC ticks),
        // prices become REAL so that range filters and ordering run in SQL rather than in memory.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
        configurationBuilder.Properties<Sector>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OfferStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OfferSource>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OfferChangeKind>().HaveConversion<string>().HaveMaxLength(16);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogueDbContext).Assembly);
    }
}
