using Catalogue.Search.Elasticsearch;
using Catalogue.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalogue.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Chooses the search engine once, by <c>Search:Engine</c>: <c>lucene</c> (default, embedded in the data directory)
    /// or <c>elasticsearch</c> (a cluster, configured by <c>Search:Elasticsearch</c>, validated at start-up).
    /// With <c>readOnly</c> (an API whose indexer runs as its own process) the embedded engine searches and never
    /// writes, and takes no writer lock; a cluster needs no such care.
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
            case "elasticsearch":
                services.AddOptions<ElasticsearchOptions>().Bind(configuration.GetSection(ElasticsearchOptions.Section)).ValidateOnStart();
                services.AddSingleton<IValidateOptions<ElasticsearchOptions>, ElasticsearchOptionsValidator>();
                services.AddSingleton<ISearchIndex>(sp => new ElasticsearchSearchIndex(
                    sp.GetRequiredService<IOptions<ElasticsearchOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<ElasticsearchSearchIndex>>()));
                break;
            default:
                throw new InvalidOperationException($"Search:Engine '{engine}' is not known; use 'lucene' or 'elasticsearch'.");
        }
        return services;
    }
}
