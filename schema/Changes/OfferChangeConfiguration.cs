namespace Catalogue.Changes;

internal sealed class OfferChangeConfiguration : IEntityTypeConfiguration<OfferChange>
{
    public void Configure(EntityTypeBuilder<OfferChange> change)
    {
        change.ToTable("OfferChanges");
        change.HasKey(c => c.Seq);
        // AUTOINCREMENT: a sequence number is never reused, even after the newest rows are deleted.
        change.Property(c => c.Seq).ValueGeneratedOnAdd().HasAnnotation("Sqlite:Autoincrement", true);
        change.Property(c => c.OfferId).HasMaxLength(32);
        change.Property(c => c.ProviderId).HasMaxLength(64);
        change.HasIndex(c => c.OfferId);
    }
}
