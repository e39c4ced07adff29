using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Catalogue.Api.Publishing.Feeds;
using Catalogue.Api.GraphQL;
using Catalogue.Api.Health;
using Catalogue.Indexer.Demo;
using Catalogue.Indexer.Hosting;
using Catalogue.Api.Offers;
using Catalogue.Api.OpenApi;
using Catalogue.Api.Providers;
using Catalogue.Api.Publishing;
using Catalogue.Api.Suggest;
using Catalogue.Indexer.Indexing;
using Catalogue.Api.Vocabularies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.ResponseCompression;

namespace Catalogue.Api.Hosting;

/// <summary>Everything the API registers and the order of its pipeline, in one place.</summary>
internal static class CatalogueHosting
{
    public static void AddCatalogue(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(CatalogueOptions.Section).Get<CatalogueOptions>() ?? new CatalogueOptions();
        var dataDirectory = options.ResolveDataDirectory(builder.Environment.ContentRootPath);

        var indexer = builder.Configuration.GetSection(IndexerOptions.Section).Get<IndexerOptions>() ?? new IndexerOptions();
        services.AddCatalogueIndexing(builder.Configuration, dataDirectory, indexer.RunInApi ? IndexingRole.Writer : IndexingRole.ReadOnly);
        services.AddDemoRegion();
        services.AddSingleton<VocabularySuggestions>();
        services.AddCatalogueReading();
        services.AddSingleton<Readiness>();
        services.AddHostedService<StartupWorker>();
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));

        services.AddExceptionHandler<SearchUnavailableHandler>();
        services.AddExceptionHandler<BadRequestHandler>();
        services.ConfigureHttpJsonOptions(json => ConfigureJson(json.SerializerOptions));
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "application/graphql-response+json"]);
        });
        // Open data: any web page may read the catalogue from the browser, without credentials.
        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
            policy.AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader().WithExposedHeaders("ETag", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")));
        services.AddHealthChecks()
            .AddCheck<ReadinessHealthCheck>("startup", tags: ["ready"])
            .AddCheck<IndexLagHealthCheck>("search-index", tags: ["ready"]);
        if (indexer.RunInApi) services.AddIndexingWorkers();
        services.AddCatalogueOpenApi();
        services.AddSingleton<QueryParameterCatalog>();
        services.AddCatalogueSecurity(builder.Configuration);
        services.AddPublishing();
        services.AddCatalogueGraphQL(builder.Configuration);
    }

    public static void ConfigureJson(JsonSerializerOptions json)
    {
        // Polish letters stay readable ("Łódź", not "\u0141\u00F3d\u017A"). Relaxed escaping is safe here: responses are
        // application/json with nosniff, never inlined into HTML by us; highlight snippets are HTML-encoded on their own.
        json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }

    public static void UseCatalogue(this WebApplication app)
    {
        // Outermost, so that it logs the status the client received, also when the exception handler set it.
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A malformed request is the caller's error (4xx); anything else is ours, reported without details.
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseResponseCompression();
        app.UseMiddleware<HeadRequestsMiddleware>();
        app.UseRouting();
        app.UseCors();
        app.UseMiddleware<ReadinessGateMiddleware>();
        app.UseCatalogueSecurity();

        app.UseCatalogueOpenApi();
        app.MapHealthEndpoints();
        var v1 = app.MapGroup("/api/v1");
        v1.AddEndpointFilter<UnknownQueryParameterFilter>();
        v1.MapOfferEndpoints();
        v1.MapProviderEndpoints();
        v1.MapVocabularyEndpoints();
        v1.MapSuggestEndpoints();
        v1.MapSyncRunEndpoints();
        v1.MapPublishingEndpoints();
        app.MapCatalogueGraphQL();
        app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription();
    }
}
