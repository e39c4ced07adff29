using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.OpenApi;

/// <summary>
/// The answers every operation of <c>/api/v1</c> can give whatever its handler, documented once: 400 (an unknown
/// query parameter, <see cref="UnknownQueryParameterFilter"/>) and 429 (the rate limiter), both problems; and the
/// search unavailable (503) where the engine is asked.
/// </summary>
internal sealed class ProblemResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) != true) return;
        operation.Responses ??= [];
        Add(operation, context, "400", "Bad Request", "HttpValidationProblemDetails", typeof(HttpValidationProblemDetails));
        Add(operation, context, "429", "Too Many Requests", "ProblemDetails", typeof(Microsoft.AspNetCore.Mvc.ProblemDetails));
        if (operation.OperationId is "SearchOffers" or "Suggest")
            Add(operation, context, "503", "Service Unavailable", "ProblemDetails", typeof(Microsoft.AspNetCore.Mvc.ProblemDetails));
    }

    private static void Add(OpenApiOperation operation, OperationFilterContext context, string status, string description, string schema, Type type)
    {
        if (operation.Responses!.ContainsKey(status)) return;
        context.SchemaGenerator.GenerateSchema(type, context.SchemaRepository);
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(schema, context.Document) },
            },
        };
    }
}
