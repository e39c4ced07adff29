using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace Catalogue.Tests.Properties;

internal sealed partial class EndpointCases
{
    private const int LongestInUrl = 2_000;
    private const int LongestInBody = 200_000;

    /// <summary>Edits that put one hostile value in, built once per operation and applied to each baseline.</summary>
    private Gen<Func<Draft, Draft>> Hostile(DocumentedOperation op)
    {
        var ways = new List<Gen<Func<Draft, Draft>>>
        {
            // Headers never change what the document says of a request; they must still never cost a 5xx.
            Gen.OneOf("If-Match", "If-None-Match", "Accept", "Accept-Encoding", "Content-Encoding", "X-Forwarded-For", "X-Api-Key")
                .Select(Gen.OneOf("*", "\"x\"", "W/\"1\"", "\"", "garbage", "gzip", "br;q=2", "999.999.999.999", "text/html", new string('a', 4000), "' OR 1=1 --"),
                    (name, value) => Edit(d => d with
                    {
                        Headers = d.Headers.Add((name, value)),
                        // A Content-Encoding says the body is something it is not: the document cannot say what then.
                        Forced = name == "Content-Encoding" ? Verdict.Unsaid : d.Forced,
                        Slot = "header:" + name,
                        Rule = "hostile header value",
                    })),
        };
        foreach (var p in op.Parameters.Where(p => p.In is "path" or "query"))
            ways.Add(HostileInputs.Strings(LongestInUrl).Select(s => Edit(d => Replace(d, p, [s], "hostile string"))));
        if (op.Body is not null)
        {
            var strings = HostileInputs.Strings(LongestInBody);
            ways.Add(Gen.Int[0, 63].Select(strings, (i, s) => Edit(d =>
            {
                if (d.Json is not JsonObject { Count: > 0 } o) return d with { Json = JsonValue.Create(s), Slot = "body", Rule = "hostile string as the whole body" };
                var copy = o.DeepClone().AsObject();
                var name = copy.ElementAt(i % copy.Count).Key;
                copy[name] = s;
                return d with { Json = copy, Slot = "body:" + name, Rule = "hostile string" };
            })));
            ways.Add(strings.Select(s => Edit(d => d with { Json = JsonValue.Create(s), Slot = "body", Rule = "hostile string as the whole body" })));
            ways.Add(Gen.OneOf<Func<Draft, Draft>>(
                d => d with { Raw = [0xFF, 0xFE, 0x7B, 0x7D], Forced = Verdict.Invalid, Slot = "body", Rule = "bytes that are not UTF-8" },
                d => d with { Raw = [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC0, 0xAF, 0x22, 0x7D], Forced = Verdict.Invalid, Slot = "body", Rule = "an overlong UTF-8 sequence" },
                d => d with { Raw = Encoding.UTF8.GetBytes("\uFEFF" + HostileInputs.JsonText(d.Json)), Forced = Verdict.Unsaid, Slot = "body", Rule = "a byte-order mark before the JSON" },
                d => d with { Raw = Encoding.UTF8.GetBytes("{\"title\":\"" + new string('x', 3_000_000) + "\"}"), Forced = Verdict.Unsaid, Slot = "body", Rule = "a 3 MB body" }));
        }
        return Gen.OneOf(ways.ToArray());
    }

    /// <summary>What the document says of the request as it will be sent.</summary>
    private EndpointCase Classify(DocumentedOperation op, CallerKind caller, Draft d)
    {
        var verdicts = new List<Verdict>();
        if (d.Forced is { } forced) verdicts.Add(forced);
        foreach (var (name, value) in d.Path)
        {
            var p = op.Parameters.First(p => p.In == "path" && p.Name == name);
            verdicts.Add(value.Length == 0 ? Verdict.Invalid : InUrl(_check.Judge(p.Schema, _check.FromWire(p.Schema, [value])), [value]));
        }
        foreach (var group in d.Query.GroupBy(q => q.Name))
        {
            var p = op.Parameters.FirstOrDefault(p => p.In == "query" && p.Name == group.Key);
            var values = group.Select(g => g.Value).ToList();
            verdicts.Add(p is null ? Verdict.Invalid : InUrl(_check.Judge(p.Schema, _check.FromWire(p.Schema, values)), values));
        }
        if (op.Body is { } body && d.HasBody && d.Raw is null)
        {
            var schema = body.Content.TryGetValue(d.MediaType ?? "", out var content) ? content.Schema : null;
            // A text body (CSV) is a string on the wire, whatever JSON value the generator started from; UTF-8 turns a
            // lone surrogate in it into U+FFFD, so the server receives that.
            var value = d.MediaType is { } text && text.StartsWith("text/", StringComparison.Ordinal)
                ? JsonValue.Create(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(BodyText(d))))
                : d.Json;
            verdicts.Add(schema is null ? Verdict.Invalid : _check.Judge(schema, value));
        }
        // Broken bytes are broken JSON; as CSV text the document only says "a string", so it cannot call them invalid.
        if (d.Raw is not null && d.Forced == Verdict.Invalid && d.MediaType is { } type && !type.Contains("json", StringComparison.Ordinal) && type.StartsWith("text/", StringComparison.Ordinal))
            verdicts.Remove(Verdict.Invalid);
        var verdict = verdicts.Contains(Verdict.Invalid) ? Verdict.Invalid : verdicts.Contains(Verdict.Unsaid) ? Verdict.Unsaid : Verdict.Valid;
        RequestBody? sent = !d.HasBody ? null : d.Raw is { } raw ? new RequestBody(d.MediaType, raw) : RequestBody.Text(d.MediaType, BodyText(d));
        return new EndpointCase(op, caller, d.Path, d.Query, d.Headers, sent, verdict, d.Slot, d.Rule);
    }

    /// <summary>
    /// What the document can say of values in the URL. A lone surrogate travels as bytes that are not UTF-8, which
    /// ASP.NET decodes to U+FFFD before the app sees them; an empty or blank query value is taken for an absent one, as
    /// HTML forms send them. The document's schemas cannot speak of either.
    /// </summary>
    private static Verdict InUrl(Verdict verdict, List<string> values) =>
        verdict == Verdict.Invalid && values.Any(v => SchemaCheck.HasLoneSurrogate(v) || string.IsNullOrWhiteSpace(v)) ? Verdict.Unsaid : verdict;

    /// <summary>A text body (text/csv) is the string itself; anything else is JSON.</summary>
    private static string BodyText(Draft d) =>
        d.MediaType is { } m && m.StartsWith("text/", StringComparison.Ordinal) && d.Json is JsonValue v && v.TryGetValue<string>(out var text)
            ? text
            : HostileInputs.JsonText(d.Json);

    private static IEnumerable<(string, string)> Wire(string name, JsonNode? value) => WireValues(value).Select(v => (name, v));

    /// <summary>Query form with explode: an array is the parameter repeated; a scalar is its text.</summary>
    private static List<string> WireValues(JsonNode? value) =>
        value is JsonArray items ? items.Select(WireText).ToList() : [WireText(value)];

    private static string WireText(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => HostileInputs.JsonText(value),
    };
}
