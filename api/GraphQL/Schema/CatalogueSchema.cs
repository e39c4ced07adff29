using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Catalogue.Api.GraphQL;

/// <summary>The catalogue's GraphQL schema: queries only (the catalogue is written by feeds, not by API clients).</summary>
internal sealed class CatalogueSchema : Schema
{
    public CatalogueSchema(IServiceProvider services, CatalogueQuery query, IOptions<GraphQLOptions> options) : base(services)
    {
        Description = "Katalog ofert edukacyjnych województwa łódzkiego: the learning offers of the Łódzkie region over GraphQL, with the same semantics as the REST API at /api/v1.";
        Query = query;
        RegisterTypeMapping(typeof(decimal), typeof(DescribedDecimalGraphType));
        RegisterTypeMapping(typeof(long), typeof(DescribedLongGraphType));
        // Introspection is open but not free: its fields count at this fraction of the default estimate, which assumes
        // 5 items per list at every level and prices the standard introspection query at ~530,000 — far above its real work.
        this.WithIntrospectionComplexityImpact(options.Value.IntrospectionCostFactor);
    }

    /// <summary>The SDL, as committed in <c>schema/catalogue.graphql</c>: descriptions included, types in a stable order.</summary>
    public string PrintSdl()
    {
        Initialize();
        return this.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal });
    }
}
