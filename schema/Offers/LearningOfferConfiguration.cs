using Catalogue.Providers;

namespace Catalogue.Offers;

internal sealed class LearningOfferConfiguration : IEntityTypeConfiguration<LearningOffer>
{
    public void Configure(EntityTypeBuilder<LearningOffer> offer)
    {
        offer.ToTable("Offers");
        offer.HasKey(o => o.Id);
        offer.Property(o => o.Id).HasMaxLength(32);
        offer.Property(o => o.ProviderId).HasMaxLength(64);
        offer.Property(o => o.ExternalId).HasMaxLength(200);
        offer.Property(o => o.Kind).HasMaxLength(40);
        offer.Property(o => o.Mode).HasMaxLength(20);
        offer.Property(o => o.Title).HasMaxLength(300);
        offer.Property(o => o.ContentHash).HasMaxLength(64);
        offer.HasIndex(o => new { o.ProviderId, o.ExternalId }).IsUnique();
        offer.HasIndex(o => o.UpdatedAt);
        offer.HasIndex(o => new { o.Status, o.Sector });
        offer.HasOne<Provider>().WithMany().HasForeignKey(o => o.ProviderId).OnDelete(DeleteBehavior.Restrict);
        offer.HasMany(o => o.Runs).WithOne().HasForeignKey(r => r.OfferId).OnDelete(DeleteBehavior.Cascade);
        offer.HasMany(o => o.Locations).WithOne().HasForeignKey(l => l.OfferId).OnDelete(DeleteBehavior.Cascade);
        offer.Navigation(o => o.Runs).AutoInclude();
        offer.Navigation(o => o.Locations).AutoInclude();
    }
}

internal sealed class OfferLocationConfiguration : IEntityTypeConfiguration<OfferLocation>
{
    public void Configure(EntityTypeBuilder<OfferLocation> location)
    {
        location.ToTable("OfferLocations");
        location.HasIndex(l => l.PowiatCode);
        location.Property(l => l.PowiatCode).HasMaxLength(4);
        location.Property(l => l.GminaCode).HasMaxLength(7);
    }
}

internal sealed class OfferRunConfiguration : IEntityTypeConfiguration<OfferRun>
{
    public void Configure(EntityTypeBuilder<OfferRun> run)
    {
        run.ToTable("OfferRuns");
        run.HasIndex(r => r.Start);
    }
}
