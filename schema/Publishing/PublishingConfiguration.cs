using Catalogue.Providers;

namespace Catalogue.Publishing;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.ToTable("ApiKeys");
        key.Property(k => k.Name).HasMaxLength(200);
        key.Property(k => k.Scope).HasMaxLength(80);
        key.Property(k => k.ProviderId).HasMaxLength(64);
        key.Property(k => k.Prefix).HasMaxLength(32);
        key.Property(k => k.Hash).HasMaxLength(64);
        key.HasIndex(k => k.Prefix).IsUnique();
        key.HasIndex(k => k.ProviderId);
        key.HasOne<Provider>().WithMany().HasForeignKey(k => k.ProviderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.Property(e => e.Action).HasMaxLength(40);
        entry.Property(e => e.ProviderId).HasMaxLength(64);
        entry.Property(e => e.OfferId).HasMaxLength(32);
        entry.Property(e => e.Target).HasMaxLength(300);
        entry.Property(e => e.BeforeHash).HasMaxLength(64);
        entry.Property(e => e.AfterHash).HasMaxLength(64);
        entry.HasIndex(e => new { e.ProviderId, e.Id });
    }
}

internal sealed class UploadConfiguration : IEntityTypeConfiguration<Upload>
{
    public void Configure(EntityTypeBuilder<Upload> upload)
    {
        upload.ToTable("Uploads");
        upload.Property(u => u.Id).HasMaxLength(40);
        upload.Property(u => u.ProviderId).HasMaxLength(64);
        upload.Property(u => u.Format).HasMaxLength(8);
        upload.Property(u => u.Mode).HasConversion<string>().HasMaxLength(16);
        upload.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
        upload.Property(u => u.Reason).HasMaxLength(1000);
        upload.HasIndex(u => new { u.ProviderId, u.CreatedAt });
        upload.HasOne<Provider>().WithMany().HasForeignKey(u => u.ProviderId).OnDelete(DeleteBehavior.Cascade);
    }
}
