using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Hosting;
using Catalogue.Api.Offers;
using Catalogue.Api.Providers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.OpenApi;

/// <summary>Puts a realistic example on each response schema, serialised exactly as the API serialises it.</summary>
internal sealed class ExampleSchemaFilter : ISchemaFilter
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete) return;
        object? example = context.Type switch
        {
            var t when t == typeof(OfferResponse) => OpenApiExamples.Offer,
            var t when t == typeof(ProviderResponse) => OpenApiExamples.Provider,
            var t when t == typeof(OfferSummary) => OpenApiExamples.Summary,
            var t when t == typeof(VocabularyTerm) => OpenApiExamples.Powiat,
            var t when t == typeof(Admin.IssuedKeyResponse) => PublishingExamples.IssuedKey,
            var t when t == typeof(Publishing.Uploads.UploadResponse) => PublishingExamples.Upload,
            var t when t == typeof(Admin.AuditEntryResponse) => PublishingExamples.Audit,
            _ => null,
        };
        if (example is not null && JsonSerializer.SerializeToNode(example, context.Type, Json) is { } node) concrete.Examples = [node];
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions();
        CatalogueHosting.ConfigureJson(options);
        return options;
    }
}
