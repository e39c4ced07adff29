using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.OpenApi;

/// <summary>
/// Marks every endpoint that needs a key with the <c>ApiKey</c> security scheme, and puts example bodies on the
/// publishing writes (one offer in the feed format, a merge patch, a CSV upload), whose bodies are read by hand.
/// </summary>
internal sealed class PublishingOperationFilter : IOperationFilter
{
    public const string SchemeName = "ApiKey";

    public static readonly OpenApiSecurityScheme Scheme = new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = "Authorization",
        Description = "An API key issued by an admin: `Authorization: ApiKey <key>` (or the header `X-Api-Key: <key>`). Reads need no key. " +
            "No key or a bad key → 401 with `WWW-Authenticate: ApiKey`; another provider's key on a `/providers/{providerId}/…` route → 403, " +
            "whether or not the object exists; an object of another provider addressed under one's own provider → 404.",
    };

    private const string OfferExample = """
        {"sector":"adult","kind":"kurs","title":"Kurs spawania metodą MAG (135)","description":"<p>Kurs przygotowuje do egzaminu spawacza.</p>","mode":"stacjonarne","durationHours":145,"isFree":false,"pricePln":2800,"funding":["kfs","bur"],"runs":[{"start":"2027-02-08","end":"2027-03-19","places":10}],"locations":[{"city":"Pabianice"}]}
        """;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        }
        var example = operation.OperationId switch
        {
            "PutOffer" => ("application/json", (JsonNode?)JsonNode.Parse(OfferExample)),
            "PatchOffer" => ("application/merge-patch+json", JsonNode.Parse("""{"title":"Kurs spawania MAG – edycja wiosenna","runs":[{"start":"2027-04-05","places":12}],"pricePln":null}""")),
            "UploadOffers" => ("text/csv", JsonValue.Create("externalId;sector;kind;title;mode;city;runStart;places\nKURS-1;adult;kurs;Kurs spawania MAG;stacjonarne;Pabianice;2027-02-08;10\n")),
            _ => default,
        };
        if (example.Item1 is not null && operation.RequestBody?.Content?.TryGetValue(example.Item1, out var media) == true && media is OpenApiMediaType concrete)
            concrete.Example = example.Item2;
    }
}
