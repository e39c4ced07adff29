using System.Globalization;
using System.Text.Json.Nodes;
using Catalogue.Api.Offers;
using Catalogue.Api.Suggest;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.OpenApi;

/// <summary>
/// Query parameters are bound as text (so that a bad value is a 400 naming the parameter, not a bare binding failure),
/// which would leave them all untyped strings in the document. This gives each its real type, format, range and enum,
/// taken from the constants, enums and vocabularies the validation itself uses. Multi-valued filters are arrays
/// (repeat the parameter); commas inside one value and codes in another letter case are accepted too, as a convenience.
/// </summary>
internal sealed class QueryParameterSchemas(CatalogueVocabularies vocabularies) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In != ParameterLocation.Query || parameter.Name is null) continue;
            if (SchemaOf(operation.OperationId, parameter.Name) is { } schema) parameter.Schema = schema;
            // Typeahead needs something typed: without q it is a 400, so q is required.
            if (operation.OperationId == "Suggest" && parameter.Name == "q") parameter.Required = true;
        }
    }

    private OpenApiSchema? SchemaOf(string? operationId, string name) => (operationId, name) switch
    {
        ("SearchOffers", "page") => Integer(1, Catalogue.Search.OfferSearchResult.TotalLimit),
        ("SearchOffers", "pageSize") => Integer(1, OfferSearchValidation.MaxPageSize),
        (_, "page") => Integer(1, Paging.MaxPage),
        (_, "pageSize") => Integer(1, Paging.MaxPageSize),
        ("Suggest", "q") => new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = Typeahead.MaxTextLength, Pattern = TextPatterns.NotBlank },
        ("Suggest", "limit") => Integer(1, Typeahead.MaxLimit),
        ("SearchOffers", "q") => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = OfferSearchValidation.MaxTextLength },
        ("SearchOffers", "sector") => Codes(vocabularies.Sectors),
        ("SearchOffers", "kind") => Codes(vocabularies.Kinds),
        (_, "powiat") => Codes(vocabularies.Powiats),
        ("ListProviders", "type") => Codes(vocabularies.ProviderTypes),
        ("SearchOffers", "city") => Array(new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 80 }),
        ("SearchOffers", "level") => Array(Integer(1, 8)),
        ("SearchOffers", "levelMin" or "levelMax") => Integer(1, 8),
        ("SearchOffers", "isced") => Codes(vocabularies.Isced),
        ("SearchOffers", "profession") => Codes(vocabularies.Professions),
        ("SearchOffers", "qualification") => Codes(vocabularies.Qualifications),
        ("SearchOffers", "mode") => Codes(vocabularies.Modes),
        ("SearchOffers", "language") => Codes(vocabularies.Languages),
        ("SearchOffers", "funding") => Codes(vocabularies.Funding),
        ("SearchOffers", "free" or "facets") => new OpenApiSchema { Type = JsonSchemaType.Boolean },
        ("SearchOffers", "priceMax") => new OpenApiSchema { Type = JsonSchemaType.Number, Minimum = "0" },
        ("SearchOffers", "startFrom" or "startTo") => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
        ("SearchOffers", "startMonth") => Array(new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^(?!0000)[0-9]{4}-(0[1-9]|1[0-2])$" }),
        ("SearchOffers", "provider") => Array(new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 64 }),
        ("SearchOffers", "updatedSince") => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
        ("SearchOffers" or "ListOwnOffers", "status") => Names<OfferStatus>(),
        ("SearchOffers", "near") => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^-?[0-9]+(\.[0-9]+)?,-?[0-9]+(\.[0-9]+)?$" },
        ("SearchOffers", "radiusKm") => new OpenApiSchema { Type = JsonSchemaType.Number, ExclusiveMinimum = "0", Maximum = "500" },
        ("SearchOffers", "online") => Enum("include", "exclude"),
        ("SearchOffers", "sort") => Names<OfferSort>(),
        ("SearchOffers", "order") => Names<SortDirection>(),
        ("SearchOffers", "cursor") => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 1000 },
        ("UploadOffers", "mode") => Names<Catalogue.Publishing.UploadMode>(),
        _ => null,
    };

    private static OpenApiSchema Integer(int min, int max) => new()
    {
        Type = JsonSchemaType.Integer, Format = "int32",
        Minimum = min.ToString(CultureInfo.InvariantCulture), Maximum = max.ToString(CultureInfo.InvariantCulture),
    };

    private static OpenApiSchema Array(OpenApiSchema items) => new() { Type = JsonSchemaType.Array, Items = items };

    private static OpenApiSchema Codes(Vocabulary vocabulary) => Array(Enum([.. vocabulary.Terms.Select(t => t.Code)]));

    private static OpenApiSchema Names<TEnum>() where TEnum : struct, System.Enum =>
        Enum([.. System.Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..])]);

    private static OpenApiSchema Enum(params string[] values) =>
        new() { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))] };
}
