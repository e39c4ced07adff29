using System.Text.Json.Nodes;

namespace Catalogue.Tests.Properties;

/// <summary>One operation of our OpenAPI document, reduced to what the endpoint properties need.</summary>
internal sealed record DocumentedOperation(
    string Method,
    string Path,
    IReadOnlyList<DocumentedParameter> Parameters,
    DocumentedBody? Body,
    IReadOnlyDictionary<int, IReadOnlyDictionary<string, JsonObject>> Responses,
    bool RequiresKey)
{
    public string Name => $"{Method} {Path}";

    /// <summary>Routes under /admin take an admin key; the others that require a key take the provider's own key or an admin key.</summary>
    public bool AdminOnly => Path.StartsWith("/api/v1/admin", StringComparison.Ordinal);

    public bool Documents(int status) => Responses.ContainsKey(status);

    public override string ToString() => Name;
}

internal sealed record DocumentedParameter(string Name, string In, bool Required, JsonObject Schema);

/// <summary>A request body: schema and example per media type.</summary>
internal sealed record DocumentedBody(bool Required, IReadOnlyDictionary<string, (JsonObject Schema, JsonNode? Example)> Content);

/// <summary>
/// Reads <c>openapi/catalogue.v1.json</c> with System.Text.Json rather than Microsoft.OpenApi: the schemas are needed as
/// JSON anyway (generators walk them, JsonSchema.Net validates against them), and the API's Swashbuckle pins its own
/// Microsoft.OpenApi, which a second reference in the test host would have to match.
/// </summary>
internal sealed class OpenApiDescription
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private OpenApiDescription(JsonObject definitions, IReadOnlyList<DocumentedOperation> operations)
    {
        Definitions = definitions;
        Operations = operations;
    }

    /// <summary>Component schemas, moved to <c>$defs</c> so every schema with them attached is a plain JSON Schema.</summary>
    public JsonObject Definitions { get; }

    public IReadOnlyList<DocumentedOperation> Operations { get; }

    public static OpenApiDescription Load(string documentJson)
    {
        // OpenAPI 3.1 schemas are JSON Schema 2020-12 once their references point at $defs instead of components.
        var root = JsonNode.Parse(documentJson.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal))!.AsObject();
        var definitions = root["components"]?["schemas"]?.AsObject() ?? [];
        var operations = new List<DocumentedOperation>();
        foreach (var (path, item) in root["paths"]!.AsObject())
        {
            var shared = item!["parameters"]?.AsArray() ?? [];
            foreach (var method in Methods)
            {
                if (item[method] is not JsonObject operation) continue;
                var parameters = shared.Concat(operation["parameters"]?.AsArray() ?? []).Select(p => new DocumentedParameter(
                    p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["required"]?.GetValue<bool>() ?? false,
                    p["schema"]?.AsObject() ?? [])).ToList();
                var responses = (operation["responses"]?.AsObject() ?? []).ToDictionary(
                    r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture),
                    r => (IReadOnlyDictionary<string, JsonObject>)(r.Value!["content"]?.AsObject() ?? []).ToDictionary(c => c.Key, c => c.Value!["schema"]?.AsObject() ?? []));
                var requiresKey = (operation["security"] ?? root["security"]) is JsonArray { Count: > 0 };
                operations.Add(new DocumentedOperation(method.ToUpperInvariant(), path, parameters, Body(operation["requestBody"]), responses, requiresKey));
            }
        }
        return new OpenApiDescription(definitions, operations);
    }

    private static DocumentedBody? Body(JsonNode? requestBody) => requestBody is null ? null : new DocumentedBody(
        requestBody["required"]?.GetValue<bool>() ?? false,
        requestBody["content"]!.AsObject().ToDictionary(c => c.Key, c => (c.Value!["schema"]?.AsObject() ?? [], c.Value["example"])));

    /// <summary>The schema itself, or the definition its <c>$ref</c> names (descriptions beside a <c>$ref</c> are dropped).</summary>
    public JsonObject Resolve(JsonObject schema)
    {
        for (var hops = 0; schema["$ref"] is JsonValue reference && hops < 16; hops++)
        {
            var name = reference.GetValue<string>()["#/$defs/".Length..];
            schema = Definitions[name]?.AsObject() ?? throw new InvalidOperationException($"The document has no schema '{name}'.");
        }
        return schema;
    }

    /// <summary>The types a schema allows (<c>type</c> as a string or an array); empty when it does not say.</summary>
    public static IReadOnlyList<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonValue one => [one.GetValue<string>()],
        JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
        _ => [],
    };
}
