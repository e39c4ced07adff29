using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.OpenApi;

/// <summary>
/// Describes a request record read by <see cref="StrictJsonBody"/> from the same contract the reader enforces: the
/// serializer's required members and nullability, no other members, allowed values as an enum (lengths, patterns and
/// ranges come from the same annotations through Swashbuckle). The provider type is a vocabulary code, listed here.
/// </summary>
internal sealed class StrictBodySchemaFilter(CatalogueVocabularies vocabularies) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || context.Type.GetCustomAttribute<StrictJsonBody.ContractAttribute>() is null) return;
        var contract = StrictJsonBody.Options.GetTypeInfo(context.Type);
        concrete.AdditionalPropertiesAllowed = false;
        concrete.Required = new SortedSet<string>(contract.Properties.Where(p => p.IsRequired).Select(p => p.Name), StringComparer.Ordinal);
        foreach (var property in contract.Properties)
        {
            if (concrete.Properties?.TryGetValue(property.Name, out var member) != true || member is not OpenApiSchema described) continue;
            if (!property.IsSetNullable && described.Type is { } type) described.Type = type & ~JsonSchemaType.Null;
            var clr = context.Type.GetProperty(property.AttributeProvider is PropertyInfo p ? p.Name : property.Name);
            if (clr?.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed)
                described.Enum = allowed.Values.Select(v => (JsonNode)JsonValue.Create(v?.ToString())!).ToList();
        }
        if (context.Type == typeof(Admin.CreateProviderRequest))
        {
            SetEnum(concrete, "type", vocabularies.ProviderTypes.Terms.Select(t => t.Code));
            SetEnum(concrete, "powiatCode", vocabularies.Powiats.Terms.Select(t => t.Code));
        }
    }

    private static void SetEnum(OpenApiSchema schema, string member, IEnumerable<string> codes)
    {
        if (schema.Properties?.TryGetValue(member, out var found) == true && found is OpenApiSchema described)
            described.Enum = codes.Select(c => (JsonNode)JsonValue.Create(c)).ToList();
    }
}
