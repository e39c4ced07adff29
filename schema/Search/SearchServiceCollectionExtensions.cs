using Catalogue.Search.Elasticsearch;
using Catalogue.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalogue.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Chooses the search engine once, by <c>Search:Engine</c>: <c>lucene</c> (default, embedded in the data directory)
    /// or <c>elasticsearch</c> (a cluster, configured by <c>Search:Elasticsearch</c>, validated at start-up).
    /// <see cref="ISearchReader"/> is always registered; <see cref="ISearchWriter"/> and <see cref="ISearchIndex"/> only
    /// without <c>readOnly</c>. With <c>readOnly</c> (an API whose indexer runs as its own process) the embedded engine
    /// searches and never writes, and takes no writer lock.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration, string dataDirectory, bool readOnly = false)
    {
        var engine = configuration["Search:Engine"] ?? "lucene";
        services.AddSingleton<OfferDocumentBuilder>();
        switch (engine.ToLowerInvariant())
        {
            case "lucene" when readOnly:
                services.AddSingleton<ISearchReader>(sp => new LuceneReadOnlySearchIndex(Path.Combine(dataDirectory, "index"), sp.GetRequiredService<TimeProvider>()));
                return services;
            case "lucene":
                services.AddSingleton<LuceneSearchIndex>(sp => new LuceneSearchIndex(Path.Combine(dataDirectory, "index"), sp.GetRequiredService<TimeProvider>()));
                services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
                break;
            case "elasticsearch":
                services.AddOptions<ElasticsearchOptions>().Bind(configuration.GetSection(ElasticsearchOptions.Section)).ValidateOnStart();
                services.AddSingleton<IValidateOptions<ElasticsearchOptions>, ElasticsearchOptionsValidator>();
                services.AddSingleton<ElasticsearchSearchIndex>(sp => new ElasticsearchSearchIndex(
                    sp.GetRequiredService<IOptions<ElasticsearchOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<ElasticsearchSearchIndex>>()));
                services.AddSingleton<ISearchReader>(sp => sp.GetRequiredService<ElasticsearchSearchIndex>());
                if (readOnly) return services;
                services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<ElasticsearchSearchIndex>());
                break;
            default:
                throw new InvalidOperationException($"Search:Engine '{engine}' is not known; use 'lucene' or 'elasticsearch'.");
        }
        // The writer role: one engine instance behind both role interfaces.
        services.TryAddSingleton<ISearchReader>(sp => sp.GetRequiredService<ISearchIndex>());
        services.AddSingleton<ISearchWriter>(sp => sp.GetRequiredService<ISearchIndex>());
        return services;
    }
}
