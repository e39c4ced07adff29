using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Catalogue.Tests.Properties;

/// <summary>What the document says of an input: it must be accepted, it must be refused, or the document cannot say.</summary>
internal enum Verdict { Valid, Invalid, Unsaid }

/// <summary>
/// Judges values against the document's schemas with JsonSchema.Net (formats asserted), plus what JSON Schema leaves
/// out: the range of <c>int32</c>/<c>int64</c>, and text that is not Unicode (a lone surrogate is refused everywhere,
/// issue 13 defect 5). Control characters are <see cref="Verdict.Unsaid"/>: a schema of <c>type: string</c> allows
/// them, yet no API should have to store a NUL, and no pattern in the document should have to spell that out.
/// </summary>
internal sealed class SchemaCheck(OpenApiDescription document)
{
    private static readonly EvaluationOptions Flag = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private static readonly EvaluationOptions Detailed = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private readonly ConcurrentDictionary<JsonObject, JsonSchema> _compiled = new(ReferenceEqualityComparer.Instance);

    public Verdict Judge(JsonObject schema, JsonNode? value)
    {
        if (Strings(value).Any(HasLoneSurrogate)) return Verdict.Invalid;
        if (!Conforms(schema, value) || !WithinFormatRange(schema, value)) return Verdict.Invalid;
        return Strings(value).Any(s => s.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))) ? Verdict.Unsaid : Verdict.Valid;
    }

    public bool Conforms(JsonObject schema, JsonNode? value)
    {
        var compiled = _compiled.GetOrAdd(schema, Compile);
        using var json = JsonDocument.Parse(value?.ToJsonString() ?? "null");
        return compiled.Evaluate(json.RootElement, Flag).IsValid;
    }

    /// <summary>Where and why a value fails the schema (the first error), or null when it conforms.</summary>
    public (string Location, string Message)? Explain(JsonObject schema, JsonNode value)
    {
        if (Conforms(schema, value)) return null;
        using var json = JsonDocument.Parse(value.ToJsonString());
        var results = _compiled[schema].Evaluate(json.RootElement, Detailed);
        var first = (results.Details ?? []).FirstOrDefault(d => d.Errors is { Count: > 0 });
        return first is null ? ("", "does not conform") : (first.InstanceLocation.ToString(), string.Join("; ", first.Errors!.Values));
    }

    /// <summary>A parameter's text as the JSON value its schema speaks of: "12" is 12 for an integer, "true" a boolean.</summary>
    public JsonNode? FromWire(JsonObject schema, IReadOnlyList<string> texts)
    {
        var s = document.Resolve(schema);
        var types = OpenApiDescription.Types(s);
        if (types.Contains("array"))
            return new JsonArray(texts.Select(t => FromWire(s["items"] as JsonObject ?? [], [t])).ToArray());
        var text = texts.Count == 0 ? "" : texts[^1];
        if (types.Contains("integer") && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return whole;
        if (types.Contains("number") && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real)) return real;
        if (types.Contains("boolean") && text is "true" or "false") return text == "true";
        return JsonValue.Create(text);
    }

    private bool WithinFormatRange(JsonObject schema, JsonNode? value)
    {
        var s = document.Resolve(schema);
        if (value is JsonValue v && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && s["format"]?.GetValue<string>() == "int32")
            return number is >= int.MinValue and <= int.MaxValue;
        if (value is JsonArray items && s["items"] is JsonObject itemSchema) return items.All(i => WithinFormatRange(itemSchema, i));
        return true;
    }

    private JsonSchema Compile(JsonObject schema)
    {
        var copy = schema.DeepClone().AsObject();
        copy["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        copy["$defs"] = document.Definitions.DeepClone();
        return JsonSchema.FromText(copy.ToJsonString());
    }

    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(m => Strings(m.Value).Append(m.Key)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
