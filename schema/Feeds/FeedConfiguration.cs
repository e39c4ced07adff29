using Catalogue.Providers;

namespace Catalogue.Feeds;

internal sealed class ProviderFeedConfiguration : IEntityTypeConfiguration<ProviderFeed>
{
    public void Configure(EntityTypeBuilder<ProviderFeed> feed)
    {
        feed.ToTable("ProviderFeeds");
        feed.Property(f => f.ProviderId).HasMaxLength(64);
        feed.Property(f => f.Url).HasMaxLength(2000);
        feed.Property(f => f.Format).HasConversion<string>().HasMaxLength(16);
        feed.HasOne<Provider>().WithMany().HasForeignKey(f => f.ProviderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SyncRunConfiguration : IEntityTypeConfiguration<SyncRun>
{
    public void Configure(EntityTypeBuilder<SyncRun> run)
    {
        run.ToTable("SyncRuns");
        run.Property(r => r.ProviderId).HasMaxLength(64);
        run.Property(r => r.Origin).HasMaxLength(2000);
        run.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        run.HasIndex(r => new { r.ProviderId, r.StartedAt });
        run.Property(r => r.LeaseHolder).HasMaxLength(200);
        // The lease: at most one running run per feed, whichever process inserted it (uploads and imports have no feed).
        run.HasIndex(r => r.FeedId).IsUnique().HasFilter("\"Outcome\" = 'Running' AND \"FeedId\" IS NOT NULL").HasDatabaseName("IX_SyncRuns_OneRunningPerFeed");
        run.HasMany(r => r.Rejects).WithOne().HasForeignKey(r => r.SyncRunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SyncRejectConfiguration : IEntityTypeConfiguration<SyncReject>
{
    public void Configure(EntityTypeBuilder<SyncReject> reject)
    {
        reject.ToTable("SyncRejects");
        reject.Property(r => r.Field).HasMaxLength(200);
        reject.Property(r => r.Message).HasMaxLength(1000);
    }
}
