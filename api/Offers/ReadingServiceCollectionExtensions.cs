using Catalogue.Api.Providers;
using Catalogue.Api.Suggest;
using Catalogue.Indexer.Indexing;

namespace Catalogue.Api.Offers;

internal static class ReadingServiceCollectionExtensions
{
    /// <summary>
    /// The read side's application classes, which every door (REST, GraphQL, later the pages) asks instead of each
    /// other: offer search and lookup by id, typeahead, the provider directory, and the index's lag for readiness. Scoped, as the store is.
    /// </summary>
    public static IServiceCollection AddCatalogueReading(this IServiceCollection services) => services
        .AddScoped<OfferSearch>()
        .AddScoped<OfferLookup>()
        .AddScoped<Typeahead>()
        .AddScoped<ProviderDirectory>()
        .AddScoped<IndexLagProbe>();
}
