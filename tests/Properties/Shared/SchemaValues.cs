using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;

namespace Catalogue.Tests.Properties;

/// <summary>A value meant to break one rule of a schema, and which rule (e.g. "above maximum 100", "missing name").</summary>
internal sealed record BrokenValue(JsonNode? Value, string Rule);

/// <summary>
/// CsCheck generators of JSON values from a schema of the document: <see cref="Valid"/> aims at values the schema
/// accepts, <see cref="Invalid"/> at values that break exactly one rule. Aims only: the case is classified afterwards
/// by <see cref="SchemaCheck"/>, so a generator that misses (an <c>if</c>/<c>then</c> it does not understand) costs
/// coverage, never a false failure.
/// </summary>
internal sealed class SchemaValues(OpenApiDescription document)
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZąćęłńóśźżĄĆĘŁŃÓŚŹŻ0123456789 -_.";
    private static readonly Gen<JsonNode?> Null = Gen.Const(() => (JsonNode?)null);
    private static readonly Gen<string> Text = Gen.String[Gen.Char[Letters], 1, 24];

    public Gen<JsonNode?> Valid(JsonObject schema, int depth = 0)
    {
        var examples = Examples(schema);
        var own = ValidOwn(document.Resolve(schema), depth);
        return examples.Count == 0 ? own : Gen.Frequency((3, own), (1, Gen.OneOf(examples.ToArray()).Select(e => e?.DeepClone())));
    }

    private Gen<JsonNode?> ValidOwn(JsonObject s, int depth)
    {
        if (s["const"] is { } constant) return Gen.Const(() => (JsonNode?)constant).Select(c => c?.DeepClone());
        if (s["enum"] is JsonArray values) return Gen.OneOf(values.ToArray()).Select(v => v?.DeepClone());
        if ((s["oneOf"] ?? s["anyOf"]) is JsonArray branches)
            return Gen.OneOf(branches.Select(b => Valid(b!.AsObject(), depth)).ToArray());
        if (s["allOf"] is JsonArray { Count: 1 } only) return Valid(only[0]!.AsObject(), depth);
        var types = OpenApiDescription.Types(s);
        if (types.Count == 0) return depth > 2 ? Gen.Const(() => (JsonNode?)JsonValue.Create("x")) : AnyJson(depth);
        var concrete = types.Where(t => t != "null").ToArray();
        var typed = concrete.Length == 0 ? Null : Gen.OneOf(concrete.Select(t => OfType(s, t, depth)).ToArray());
        return types.Contains("null") ? Gen.Frequency((6, typed), (1, Null)) : typed;
    }

    private Gen<JsonNode?> OfType(JsonObject s, string type, int depth) => type switch
    {
        "string" => ValidString(s).Select(v => (JsonNode?)JsonValue.Create(v)),
        "integer" => Integers(s).Select(v => (JsonNode?)JsonValue.Create(v)),
        "number" => Integers(s).Select(v => (JsonNode?)JsonValue.Create((double)v / (v % 3 == 0 ? 1 : 4))),
        "boolean" => Gen.Bool.Select(v => (JsonNode?)JsonValue.Create(v)),
        "array" => ValidArray(s, depth),
        "object" => ValidObject(s, depth),
        _ => Null,
    };

    private static Gen<string> ValidString(JsonObject s)
    {
        var min = (int?)Number(s, "minLength") ?? 0;
        var max = (int?)Number(s, "maxLength") ?? Math.Max(min, 24);
        var format = s["format"]?.GetValue<string>();
        var pattern = s["pattern"]?.GetValue<string>();
        Gen<string> text = format switch
        {
            "date" => Gen.Int[0, 3000].Select(d => new DateOnly(2024, 1, 1).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            "date-time" => Gen.Int[0, 3000 * 24].Select(h => new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(h).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            // Loopback only: a generated feed URL must never send the catalogue's fetcher anywhere outside this machine.
            "uri" or "url" => Gen.Int[1, 9999].Select(n => $"http://127.0.0.1:9/feed-{n}.json"),
            "email" => Gen.Int[1, 9999].Select(n => $"sekretariat{n}@szkola.example"),
            "uuid" => Gen.Guid.Select(g => g.ToString()),
            _ => Gen.String[Gen.Char[Letters], Math.Max(min, 1), Math.Max(Math.Min(max, 40), Math.Max(min, 1))],
        };
        if (pattern is not null) text = FromPattern(pattern, text);
        return min == 0 && format is null && pattern is null ? Gen.Frequency((8, text), (1, Gen.Const(""))) : text;
    }

    /// <summary>A few tries of the plain generator, then the shapes our patterns actually take (slugs, codes, digits).</summary>
    private static Gen<string> FromPattern(string pattern, Gen<string> plain)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var slug = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 12].Select(Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"], 0, 12], (a, b) => a + b);
        var digits = Gen.String[Gen.Char["0123456789"], 1, 14];
        var loopbackUrl = Gen.Int[1, 9999].Select(n => $"http://127.0.0.1:9/feed-{n}.json");
        var candidates = Gen.OneOf(plain, slug, digits, loopbackUrl, Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-"], 1, 16]);
        return candidates.Array[10].Select(tries => tries.FirstOrDefault(regex.IsMatch) ?? tries[0]);
    }

    private static Gen<long> Integers(JsonObject s)
    {
        var (low, high) = Range(s);
        var small = Gen.Long[Math.Max(low, -5), Math.Min(high, 200)];
        var edges = Gen.OneOf(low, high, Math.Clamp(0, low, high), Math.Clamp(1, low, high));
        var wide = Gen.Long[low, high];
        return low > 200 || high < -5 ? Gen.Frequency((1, edges), (2, wide)) : Gen.Frequency((4, small), (1, edges), (1, wide));
    }

    /// <summary>The inclusive integer range a schema allows (its format's range when it states none).</summary>
    public static (long Low, long High) Range(JsonObject s)
    {
        var int32 = s["format"]?.GetValue<string>() == "int32";
        var low = (long?)Number(s, "minimum") ?? ((long?)Number(s, "exclusiveMinimum") + 1) ?? (int32 ? int.MinValue : long.MinValue);
        var high = (long?)Number(s, "maximum") ?? ((long?)Number(s, "exclusiveMaximum") - 1) ?? (int32 ? int.MaxValue : long.MaxValue);
        return (low, high);
    }

    private Gen<JsonNode?> ValidArray(JsonObject s, int depth)
    {
        var items = s["items"] as JsonObject ?? [];
        var min = (int?)Number(s, "minItems") ?? 0;
        var max = Math.Min((int?)Number(s, "maxItems") ?? 3, min + 3);
        return Valid(items, depth + 1).Array[min, depth > 2 ? min : max].Select(a => (JsonNode?)new JsonArray(a.ToArray()));
    }

    private Gen<JsonNode?> ValidObject(JsonObject s, int depth)
    {
        var required = Required(s);
        var members = Gen.Const(ImmutableList<(string, JsonNode?)>.Empty);
        foreach (var (name, property) in s["properties"]?.AsObject() ?? [])
        {
            var value = Valid(property!.AsObject(), depth + 1);
            var present = required.Contains(name) ? Gen.Const(true) : depth > 2 ? Gen.Const(false) : Gen.Bool;
            members = members.Select(present, value, (list, p, v) => p ? list.Add((name, v)) : list);
        }
        return members.Select(list => (JsonNode?)new JsonObject(list.Select(m => KeyValuePair.Create(m.Item1, m.Item2))));
    }

    /// <summary>Any small JSON value: what a schema of <c>{}</c> allows.</summary>
    private static Gen<JsonNode?> AnyJson(int depth) => Gen.OneOf(
        Text.Select(t => (JsonNode?)JsonValue.Create(t)),
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Null,
        Text.Select(AnyJsonLeaf(depth), (k, v) => (JsonNode?)new JsonObject { [k] = v }));

    private static Gen<JsonNode?> AnyJsonLeaf(int depth) => depth > 1 ? Text.Select(t => (JsonNode?)JsonValue.Create(t)) : AnyJson(depth + 1);

    public static HashSet<string> Required(JsonObject s) => (s["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet();

    public static decimal? Number(JsonObject s, string keyword) => s[keyword] is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;

    private static List<JsonNode?> Examples(JsonObject s)
    {
        var list = new List<JsonNode?>();
        if (s["example"] is { } example) list.Add(example);
        if (s["examples"] is JsonArray examples) list.AddRange(examples);
        return list;
    }
}
