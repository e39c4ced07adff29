using Catalogue.Offers;
using Catalogue.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Catalogue.Indexer;

/// <summary>
/// The standalone indexer's command line. It reads the same configuration keys as the API
/// (<c>Catalogue:DataDirectory</c>, env <c>Catalogue__DataDirectory</c>), so both find the same store.
/// </summary>
internal static class IndexerCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args.Skip(1).ToArray()).Build();
        var options = configuration.GetSection(CatalogueOptions.Section).Get<CatalogueOptions>() ?? new CatalogueOptions { DataDirectory = DefaultDataDirectory() };
        var dataDirectory = options.ResolveDataDirectory(Directory.GetCurrentDirectory());

        switch (args.FirstOrDefault())
        {
            case "status":
                return await StatusAsync(dataDirectory);
            default:
                Console.WriteLine("Usage: dotnet run --project indexer -- status [--Catalogue:DataDirectory <dir>]   (default in a checkout: api/data, the API's store)");
                return args.Length == 0 || args[0] is "help" or "--help" or "-h" ? 0 : 2;
        }
    }

    /// <summary>
    /// Without settings, in a checkout, the store the API uses by default (api/data under <c>dotnet run --project api</c>),
    /// so that the two commands of the README work together; elsewhere <c>data</c> in the working directory.
    /// </summary>
    private static string DefaultDataDirectory()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Catalogue.sln"))) return Path.Combine(directory.FullName, "api", "data");
        }
        return "data";
    }

    private static async Task<int> StatusAsync(string dataDirectory)
    {
        var database = Path.Combine(dataDirectory, StoreServiceCollectionExtensions.DatabaseFileName);
        if (!File.Exists(database))
        {
            Console.Error.WriteLine($"No catalogue store at {database}. Start the API once (dotnet run --project api) or set Catalogue__DataDirectory.");
            return 1;
        }
        var builder = new DbContextOptionsBuilder<CatalogueDbContext>();
        StoreServiceCollectionExtensions.Configure(builder, StoreServiceCollectionExtensions.ConnectionString(dataDirectory));
        await using var db = new CatalogueDbContext(builder.Options);
        var providers = await db.Providers.CountAsync();
        var active = await db.Offers.CountAsync(o => o.Status == OfferStatus.Active);
        var withdrawn = await db.Offers.CountAsync(o => o.Status == OfferStatus.Withdrawn);
        var lastChange = await db.OfferChanges.MaxAsync(c => (long?)c.Seq) ?? 0;
        Console.WriteLine($"Store        {database}");
        Console.WriteLine($"Providers    {providers}");
        Console.WriteLine($"Offers       {active} active, {withdrawn} withdrawn");
        Console.WriteLine($"Change log   {lastChange} changes");
        return 0;
    }
}
