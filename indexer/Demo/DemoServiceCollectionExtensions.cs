using Catalogue.Indexer.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Indexer.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// The demo region as the indexer's seed: the writer's start-up loads it into an empty store when
    /// <c>Catalogue:DemoData</c> is on. Call after <c>AddCatalogueIndexing</c>.
    /// </summary>
    public static IServiceCollection AddDemoRegion(this IServiceCollection services)
    {
        services.AddScoped<DemoLoader>();
        services.AddScoped<ICatalogueSeed>(sp => sp.GetRequiredService<DemoLoader>());
        return services;
    }
}
