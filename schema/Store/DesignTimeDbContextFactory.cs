using Microsoft.EntityFrameworkCore.Design;

namespace Catalogue.Store;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the API.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CatalogueDbContext>
{
    public CatalogueDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CatalogueDbContext>();
        StoreServiceCollectionExtensions.Configure(options, "Data Source=design-time.db");
        return new CatalogueDbContext(options.Options);
    }
}
