using Catalogue.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Chooses the search engine once, by <c>Search:Engine</c>: <c>lucene</c> (default, embedded in the data directory).
    /// With <c>readOnly</c> (an API whose indexer runs as its own process) it searches and never writes, and the
    /// embedded engine takes no writer lock.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration, string dataDirectory, bool readOnly = false)
    {
        var engine = configuration["Search:Engine"] ?? "lucene";
        services.AddSingleton<OfferDocumentBuilder>();
        switch (engine.ToLowerInvariant())
        {
            case "lucene" when readOnly:
                services.AddSingleton<ISearchIndex>(sp => new LuceneReadOnlySearchIndex(Path.Combine(dataDirectory, "index"), sp.GetRequiredService<TimeProvider>()));
                break;
            case "lucene":
                services.AddSingleton<LuceneSearchIndex>(sp => new LuceneSearchIndex(Path.Combine(dataDirectory, "index"), sp.GetRequiredService<TimeProvider>()));
                services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
                break;
            default:
                throw new InvalidOperationException($"Search:Engine '{engine}' is not known; use 'lucene'.");
        }
        return services;
    }
}
