using Microsoft.Extensions.Options;
using Catalogue.Indexer.Feeds;
using Catalogue.Indexer.Indexing;
using Catalogue.Offers;
using Catalogue.Providers;
using Catalogue.Search;
using Catalogue.Store;
using Catalogue.Vocabularies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Catalogue.Indexer.Hosting;

/// <summary>The indexer's composition root: the API, the CLI and the test harness register the indexer only through these.</summary>
public static class IndexingServiceCollectionExtensions
{
    /// <summary>
    /// Everything the indexer needs in <paramref name="role"/>: the clock (kept if one is already registered, so a test
    /// can register a fake first), vocabularies, the store in <paramref name="dataDirectory"/>, the writers, the feed
    /// pipeline, the search engine chosen by <c>Search:Engine</c> (reading only, for <see cref="IndexingRole.ReadOnly"/>),
    /// the drain and the start-up lifecycle. No background work: see <see cref="AddIndexingWorkers"/>.
    /// </summary>
    public static IServiceCollection AddCatalogueIndexing(this IServiceCollection services, IConfiguration configuration, string dataDirectory, IndexingRole role)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new IndexingDeployment(dataDirectory, role));
        services.AddOptions<CatalogueOptions>().Bind(configuration.GetSection(CatalogueOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CatalogueOptions>, CatalogueOptionsValidator>();
        services.AddSingleton<CatalogueVocabularies>();
        services.AddCatalogueStore(dataDirectory);
        services.AddScoped<OfferWriter>();
        services.AddScoped<ProviderWriter>();
        services.AddFeeds(configuration);
        services.AddSearch(configuration, dataDirectory, readOnly: role == IndexingRole.ReadOnly);
        services.AddScoped<SearchIndexDrain>();
        services.AddSingleton<IndexReadiness>();
        services.AddSingleton<IndexingLifecycle>();
        return services;
    }

    /// <summary>
    /// The writer's background work, started once <see cref="IndexingLifecycle"/> has opened <see cref="IndexReadiness"/>:
    /// the drain of the change log into the index, and the feed scheduler.
    /// </summary>
    public static IServiceCollection AddIndexingWorkers(this IServiceCollection services)
    {
        services.AddHostedService<SearchIndexDrainWorker>();
        services.AddHostedService<FeedSchedulerWorker>();
        return services;
    }
}
