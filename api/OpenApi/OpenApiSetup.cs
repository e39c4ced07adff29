using Microsoft.OpenApi;

namespace Catalogue.Api.OpenApi;

/// <summary>
/// The OpenAPI document is an artifact: generated from the running app, committed as <c>openapi/catalogue.v1.json</c>,
/// and compared by a test so that the two never drift.
/// </summary>
internal static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static void AddCatalogueOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Catalogue – learning offers of the Łódzkie region",
                Version = "v1",
                Description = """
                    Open data of every learning offer in województwo łódzkie: vocational schools and courses, university programmes and adult learning.
                    Katalog ofert edukacyjnych województwa łódzkiego.

                    Reads need no key. Providers publish with an API key (`Authorization: ApiKey <key>`), see the Publishing and Admin tags;
                    every answer may be 429 when a caller's budget is spent (`Retry-After`, `RateLimit-*` headers). Every error is an RFC 9457 problem (application/problem+json); a bad parameter is named in `errors`.
                    Lists share one envelope: `items`, `total`, `page`, `pageSize`. Codes come from the vocabularies under /api/v1/vocabularies.
                    Offers and providers marked `isDemo` are demonstration data, not real.
                    """,
                License = new OpenApiLicense { Name = "Open data" },
            });
            foreach (var assembly in new[] { typeof(OpenApiSetup).Assembly, typeof(CatalogueVocabularies).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".xml");
                if (File.Exists(xml)) swagger.IncludeXmlComments(xml, includeControllerXmlComments: true);
            }
            swagger.SupportNonNullableReferenceTypes();
            swagger.SchemaFilter<ExampleSchemaFilter>();
            swagger.SchemaFilter<StrictBodySchemaFilter>();
            swagger.AddSecurityDefinition(PublishingOperationFilter.SchemeName, PublishingOperationFilter.Scheme);
            swagger.OperationFilter<PublishingOperationFilter>();
            swagger.OperationFilter<QueryParameterSchemas>();
            swagger.OperationFilter<ProblemResponsesOperationFilter>();
            swagger.DocumentFilter<FeedSchemaDocumentFilter>();
        });
    }

    public static void UseCatalogueOpenApi(this WebApplication app)
    {
        app.UseSwagger(swagger => swagger.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1);
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "Catalogue v1");
            ui.DocumentTitle = "Catalogue API";
        });
    }
}
