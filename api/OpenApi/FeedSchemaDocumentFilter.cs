using System.Text.Json.Nodes;
using Catalogue.Indexer.Feeds;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.OpenApi;

/// <summary>
/// Offer bodies and JSON uploads are validated against the feed JSON Schema (<c>schema/learning-offer-feed.v1.schema.json</c>,
/// embedded in the indexer), so the document describes them with that schema, read from the same resource at start-up,
/// never copied by hand: its definitions become <c>Feed…</c> components; <c>OfferBody</c> (PUT) is the feed's offer
/// with <c>externalId</c> optional (the URL names it); <c>OfferPatch</c> (PATCH, JSON Merge Patch) has every member
/// optional and nullable (null removes it); the JSON upload is a <c>FeedDocument</c>.
/// </summary>
internal sealed class FeedSchemaDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var feed = Load();
        var definitions = feed["$defs"]!.AsObject();
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, definition) in definitions) Add(document, ComponentOf(name), Rewrite(definition!));

        var body = Rewrite(definitions["offer"]!).AsObject();
        body["required"] = new JsonArray([.. body["required"]!.AsArray().Select(r => r!.GetValue<string>()).Where(r => r != "externalId").Select(r => (JsonNode)r)]);
        body["description"] = "One offer of the feed format; externalId may be left out (the URL names it) or must equal the URL's.";
        Add(document, "OfferBody", body);

        var patch = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["description"] = "RFC 7396 JSON Merge Patch over an offer of the feed format: a member given replaces, null removes it, arrays replace whole; the result must be a valid offer.",
            ["properties"] = new JsonObject(body["properties"]!.AsObject().Select(p =>
                KeyValuePair.Create(p.Key, (JsonNode?)new JsonObject { ["anyOf"] = new JsonArray(p.Value!.DeepClone(), new JsonObject { ["type"] = "null" }) }))),
        };
        Add(document, "OfferPatch", patch);

        var whole = Rewrite(feed).AsObject();
        foreach (var key in new[] { "$schema", "$id", "$defs" }) whole.Remove(key);
        Add(document, "FeedDocument", whole);

        SetBody(document, "PutOffer", "application/json", "OfferBody");
        SetBody(document, "PatchOffer", "application/merge-patch+json", "OfferPatch");
        SetBody(document, "UploadOffers", "application/json", "FeedDocument");
    }

    private static JsonObject Load()
    {
        using var stream = typeof(JsonFeedReader).Assembly.GetManifestResourceStream("learning-offer-feed.v1.schema.json")
            ?? throw new InvalidOperationException("The feed schema is not embedded in the indexer.");
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static string ComponentOf(string definition) => "Feed" + char.ToUpperInvariant(definition[0]) + definition[1..];

    /// <summary>The schema with its <c>#/$defs/x</c> references pointing at the components.</summary>
    private static JsonNode Rewrite(JsonNode node)
    {
        var copy = node.DeepClone();
        Visit(copy);
        return copy;

        static void Visit(JsonNode? current)
        {
            if (current is JsonObject obj)
            {
                if (obj["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target && target.StartsWith("#/$defs/", StringComparison.Ordinal))
                    obj["$ref"] = "#/components/schemas/" + ComponentOf(target["#/$defs/".Length..]);
                // The OpenAPI model keeps `const` as text ("1" for 1); a one-value enum keeps the value's JSON type.
                if (obj["const"] is { } constant)
                {
                    obj.Remove("const");
                    obj["enum"] = new JsonArray(constant.DeepClone());
                }
                foreach (var (_, child) in obj.ToList()) Visit(child);
            }
            else if (current is JsonArray array)
            {
                foreach (var child in array) Visit(child);
            }
        }
    }

    private static void Add(OpenApiDocument document, string name, JsonNode schema)
    {
        var parsed = OpenApiModelFactory.Parse<OpenApiSchema>(schema.ToJsonString(), OpenApiSpecVersion.OpenApi3_1, document, out _, "json")
            ?? throw new InvalidOperationException($"The feed schema's '{name}' is not a schema the OpenAPI model reads.");
        document.Components!.Schemas![name] = parsed;
    }

    private static void SetBody(OpenApiDocument document, string operationId, string mediaType, string component)
    {
        var operation = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).FirstOrDefault(o => o.OperationId == operationId);
        if (operation?.RequestBody?.Content?.TryGetValue(mediaType, out var media) == true && media is OpenApiMediaType concrete)
            concrete.Schema = new OpenApiSchemaReference(component, document);
    }
}
