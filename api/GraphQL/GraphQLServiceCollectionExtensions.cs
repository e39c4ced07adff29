using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace Catalogue.Api.GraphQL;

/// <summary>Registers and maps the GraphQL endpoint: one call each in the hosting.</summary>
internal static class GraphQLServiceCollectionExtensions
{
    private const string CorsPolicy = "GraphQL";

    public static IServiceCollection AddCatalogueGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLOptions>().Bind(configuration.GetSection(GraphQLOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphQLOptions>, GraphQLOptionsValidator>();
        // Open data, like REST: any web page may query, without credentials; POST (JSON) needs a preflight, so allow it here.
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET", "POST").AllowAnyHeader()));
        services.AddScoped<ProviderBatchLoader>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<CatalogueSchema>()
            .AddGraphTypes(typeof(CatalogueSchema).Assembly)
            // Polish letters stay readable, as in REST (see CatalogueHosting.ConfigureJson for why relaxed escaping is safe).
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            // Resolvers share the request's DbContext, which allows one command at a time; serial execution still batches data loaders.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer(GraphQLCost.Configure)
            // No executor timeout: the transport's one deadline per HTTP request covers every phase (GraphQLHttpHandler).
            .AddErrorInfoProvider(errors =>
            {
                errors.ExposeExceptionDetails = false;
                errors.ExposeData = true; // extensions.data.argument names the bad argument (GraphQLInputError)
            }));
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogueGraphQL(this IEndpointRouteBuilder app)
    {
        // Documented by its SDL (schema/catalogue.graphql), not in the OpenAPI document.
        app.MapGet("/graphql", (HttpContext context, GraphQLHttpHandler handler) => handler.HandleGetAsync(context)).RequireCors(CorsPolicy).ExcludeFromDescription();
        app.MapPost("/graphql", (HttpContext context, GraphQLHttpHandler handler) => handler.HandlePostAsync(context)).RequireCors(CorsPolicy).ExcludeFromDescription();
        app.MapGet("/graphql/schema.graphql", (CatalogueSchema schema) => TypedResults.Text(schema.PrintSdl(), "text/plain; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/graphql/ide/{file}", GraphiQLPage.Asset).ExcludeFromDescription();
        return app;
    }
}
