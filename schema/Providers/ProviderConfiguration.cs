namespace Catalogue.Providers;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> provider)
    {
        provider.ToTable("Providers");
        provider.HasKey(p => p.Id);
        provider.Property(p => p.Id).HasMaxLength(64);
        provider.Property(p => p.Name).HasMaxLength(300);
        provider.Property(p => p.Type).HasMaxLength(40);
        provider.HasIndex(p => p.Name);
    }
}
