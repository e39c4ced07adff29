using System.Text.Json.Nodes;
using CsCheck;

namespace Catalogue.Tests.Properties;

/// <summary>CsCheck generators of values that break one rule of a schema: type, enum, length, pattern, format, range, required, unknown member.</summary>
internal sealed class SchemaBreaks(OpenApiDescription document, SchemaValues valid)
{
    /// <summary>Ways to break the schema, or null when it allows anything (<c>{}</c>).</summary>
    public Gen<BrokenValue>? Invalid(JsonObject schema, int depth = 0)
    {
        var s = document.Resolve(schema);
        var breaks = new List<Gen<BrokenValue>>();
        var types = OpenApiDescription.Types(s);
        if (types.Count > 0) breaks.Add(WrongType(types));
        if (s["enum"] is JsonArray values)
            breaks.Add(Gen.Int[1, 99].Select(n => new BrokenValue(JsonValue.Create($"nie-ma-takiego-{n}"), $"not one of {values.ToJsonString()}")));
        if (types.Contains("string")) breaks.AddRange(StringBreaks(s));
        if (types.Contains("integer") || types.Contains("number")) breaks.AddRange(NumberBreaks(s, types.Contains("integer")));
        if (types.Contains("array") && depth < 3) breaks.AddRange(ArrayBreaks(s, depth));
        if (types.Contains("object") && depth < 3) breaks.AddRange(ObjectBreaks(s, depth));
        return breaks.Count == 0 ? null : Gen.OneOf(breaks.ToArray());
    }

    private static Gen<BrokenValue> WrongType(IReadOnlyList<string> types)
    {
        var wrong = new List<BrokenValue>();
        if (!types.Contains("string")) wrong.Add(new(JsonValue.Create("tekst"), "a string where the type is " + string.Join("|", types)));
        if (!types.Contains("integer") && !types.Contains("number")) wrong.Add(new(JsonValue.Create(42), "a number where the type is " + string.Join("|", types)));
        if (!types.Contains("number")) wrong.Add(new(JsonValue.Create(1.5), "a fraction where the type is " + string.Join("|", types)));
        if (!types.Contains("boolean")) wrong.Add(new(JsonValue.Create(true), "a boolean where the type is " + string.Join("|", types)));
        if (!types.Contains("object")) wrong.Add(new(new JsonObject { ["a"] = 1 }, "an object where the type is " + string.Join("|", types)));
        if (!types.Contains("array")) wrong.Add(new(new JsonArray(1, "b"), "an array where the type is " + string.Join("|", types)));
        if (!types.Contains("null")) wrong.Add(new(null, "null where the type is " + string.Join("|", types)));
        return Gen.OneOf(wrong.ToArray()).Select(b => b with { Value = b.Value?.DeepClone() });
    }

    private static IEnumerable<Gen<BrokenValue>> StringBreaks(JsonObject s)
    {
        if (SchemaValues.Number(s, "minLength") is { } min and > 0)
            yield return Gen.Const(new BrokenValue(JsonValue.Create(new string('a', (int)min - 1)), $"shorter than minLength {min}"));
        if (SchemaValues.Number(s, "maxLength") is { } max)
            yield return Gen.Int[1, 40].Select(extra => new BrokenValue(JsonValue.Create(new string('ż', (int)max + extra)), $"longer than maxLength {max}"));
        if (s["pattern"] is JsonValue pattern)
            yield return Gen.OneOf("!!", "A B/C", "..", "ż" + new string('9', 3)).Select(v => new BrokenValue(JsonValue.Create(v), $"not matching {pattern}"));
        var format = s["format"]?.GetValue<string>();
        string[] malformed = format switch
        {
            "date" => ["2025-13-45", "01.02.2025", "jutro", "2025-02-30"],
            "date-time" => ["2025-13-45T00:00:00Z", "wczoraj", "2025-01-01 25:00"],
            "uri" or "url" => ["nie adres", "ftp://127.0.0.1/feed.json", "/tylko/ścieżka", "http://"],
            "email" => ["bez-małpy", "a@"],
            "uuid" => ["nie-uuid"],
            _ => [],
        };
        if (malformed.Length > 0) yield return Gen.OneOf(malformed).Select(v => new BrokenValue(JsonValue.Create(v), $"not a {format}"));
    }

    private static IEnumerable<Gen<BrokenValue>> NumberBreaks(JsonObject s, bool integer)
    {
        var (low, high) = SchemaValues.Range(s);
        if (low > long.MinValue && low > int.MinValue)
            yield return Gen.Long[1, 1000].Select(d => new BrokenValue(JsonValue.Create(low - d), $"below minimum {low}"));
        if (high < long.MaxValue && high < int.MaxValue)
            yield return Gen.Long[1, 1000].Select(d => new BrokenValue(JsonValue.Create(high + d), $"above maximum {high}"));
        else if (high == int.MaxValue)
            yield return Gen.Const(new BrokenValue(JsonValue.Create(2147483648L), "beyond int32"));
        if (integer) yield return Gen.Const(new BrokenValue(JsonValue.Create(2.5), "a fraction for an integer"));
    }

    private IEnumerable<Gen<BrokenValue>> ArrayBreaks(JsonObject s, int depth)
    {
        if (SchemaValues.Number(s, "maxItems") is { } max)
            yield return valid.Valid(s["items"] as JsonObject ?? [], depth + 1).Array[(int)max + 1, (int)max + 3]
                .Select(a => new BrokenValue(new JsonArray(a.ToArray()), $"more than maxItems {max}"));
        if (SchemaValues.Number(s, "minItems") is { } min and > 0)
            yield return Gen.Const(new BrokenValue(new JsonArray(), $"fewer than minItems {min}"));
        if (s["items"] is JsonObject items && Invalid(items, depth + 1) is { } item)
            yield return item.Select(b => new BrokenValue(new JsonArray(b.Value?.DeepClone()), "item: " + b.Rule));
    }

    private IEnumerable<Gen<BrokenValue>> ObjectBreaks(JsonObject s, int depth)
    {
        var baseline = valid.Valid(s, depth).Select(v => v as JsonObject ?? []);
        foreach (var name in SchemaValues.Required(s))
            yield return baseline.Select(o => { o.Remove(name); return new BrokenValue(o, $"missing required '{name}'"); });
        if (s["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
            yield return baseline.Select(Gen.OneOf("isDemo", "createdAt", "nieznane", "Name"), (o, extra) =>
            {
                if (!o.ContainsKey(extra)) o[extra] = extra == "isDemo" ? JsonValue.Create(true) : JsonValue.Create("x");
                return new BrokenValue(o, $"unknown member '{extra}'");
            });
        foreach (var (name, property) in s["properties"]?.AsObject() ?? [])
        {
            if (Invalid(property!.AsObject(), depth + 1) is not { } broken) continue;
            yield return baseline.Select(broken, (o, b) => { o[name] = b.Value?.DeepClone(); return new BrokenValue(o, $"{name}: {b.Rule}"); });
        }
    }
}
