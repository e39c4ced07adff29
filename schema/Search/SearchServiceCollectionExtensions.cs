using Catalogue.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Chooses the search engine once, by <c>Search:Engine</c>: <c>lucene</c> (default, embedded in the data directory).
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var engine = configuration["Search:Engine"] ?? "lucene";
        services.AddSingleton<OfferDocumentBuilder>();
        switch (engine.ToLowerInvariant())
        {
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
