using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Store;

public static class StoreServiceCollectionExtensions
{
    public const string DatabaseFileName = "catalogue.db";

    /// <summary>Registers the SQLite store whose file lives in <paramref name="dataDirectory"/>.</summary>
    public static IServiceCollection AddCatalogueStore(this IServiceCollection services, string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var connectionString = ConnectionString(dataDirectory);
        services.AddSingleton<Changes.ChangeLogSignal>();
        services.AddDbContext<CatalogueDbContext>((provider, options) =>
        {
            Configure(options, connectionString);
            options.AddInterceptors(new Changes.ChangeLogCommitInterceptor(provider.GetRequiredService<Changes.ChangeLogSignal>()));
        });
        return services;
    }

    public static string ConnectionString(string dataDirectory) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataDirectory, DatabaseFileName),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
    }.ToString();

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(new SqlitePragmasInterceptor());
}
