using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;

namespace Catalogue.Tests.Properties;

/// <summary>
/// Generates requests for every operation of the document: all inputs valid, exactly one input broken, or one input
/// hostile. What the document says of the result is decided afterwards from the values actually sent
/// (<see cref="Classify"/>), so a generator that aims wrong lowers coverage but never fails a correct API.
/// </summary>
internal sealed partial class EndpointCases(OpenApiDescription document, CataloguePools pools)
{
    private readonly SchemaValues _valid = new(document);
    private readonly SchemaCheck _check = new(document);
    private SchemaBreaks Breaks => new(document, _valid);

    /// <summary>An operation chosen evenly, then a caller and a case for it.</summary>
    public Gen<EndpointCase> Any()
    {
        var perOperation = document.Operations.ToDictionary(op => op, For);
        return Gen.OneOf(document.Operations.ToArray()).SelectMany(op => perOperation[op]);
    }

    public Gen<EndpointCase> For(DocumentedOperation op)
    {
        var baselines = Enum.GetValues<CallerKind>().ToDictionary(c => c, c => Baseline(op, c));
        var edits = Gen.Frequency((4, Gen.Const<Func<Draft, Draft>>(d => d)), (4, Broken(op)), (2, Hostile(op)));
        var callers = op.RequiresKey
            ? Gen.Frequency((1, Gen.Const(CallerKind.Anonymous)), (4, Gen.Const(CallerKind.Admin)), (4, Gen.Const(CallerKind.Provider)), (1, Gen.Const(CallerKind.UnknownKey)))
            : Gen.Frequency((4, Gen.Const(CallerKind.Anonymous)), (1, Gen.Const(CallerKind.Admin)), (1, Gen.Const(CallerKind.Provider)));
        return callers.SelectMany(caller => baselines[caller].Select(edits, (draft, edit) => Classify(op, caller, edit(draft))));
    }

    /// <summary>A request whose every input is valid (or meant to be), before any edit.</summary>
    private sealed record Draft(
        ImmutableList<(string Name, string Value)> Path,
        ImmutableList<(string Name, string Value)> Query,
        ImmutableList<(string Name, string Value)> Headers,
        string? MediaType,
        JsonNode? Json,
        bool HasBody,
        byte[]? Raw = null,
        Verdict? Forced = null,
        string Slot = "-",
        string Rule = "all inputs valid");

    private Gen<Draft> Baseline(DocumentedOperation op, CallerKind caller)
    {
        var draft = Gen.Const(new Draft([], [], [], null, null, false));
        foreach (var p in op.Parameters.Where(p => p.In == "path"))
            draft = draft.Select(PathValue(op, p, caller), (d, v) => d with { Path = d.Path.Add((p.Name, v)) });
        foreach (var p in op.Parameters.Where(p => p.In == "query"))
        {
            var present = p.Required ? Gen.Const(true) : Gen.Int[0, 99].Select(n => n < 30);
            draft = draft.Select(present, _valid.Valid(p.Schema), (d, on, v) => on ? d with { Query = d.Query.AddRange(Wire(p.Name, v)) } : d);
        }
        if (op.Body is { } body)
        {
            var (mediaType, (schema, example)) = body.Content.First();
            var value = example is null ? _valid.Valid(schema) : Gen.Frequency((2, _valid.Valid(schema)), (1, Gen.Const(example).Select(e => e?.DeepClone())));
            draft = draft.Select(value, (d, v) => d with { MediaType = mediaType, Json = v, HasBody = true });
        }
        return draft;
    }

    private Gen<string> PathValue(DocumentedOperation op, DocumentedParameter p, CallerKind caller)
    {
        if (p.Name == "providerId")
            return caller == CallerKind.Provider
                ? Gen.Frequency((8, Gen.Const(pools.OwnProviderId)), (1, Gen.Const(pools.OtherProviderId)), (1, Gen.Const("nie-ma-takiego")))
                : Gen.Frequency((6, Gen.Const(pools.OwnProviderId)), (1, Gen.Const(pools.OtherProviderId)), (1, Gen.Const("nie-ma-takiego")));
        // Keys the run itself uses (the provider's, the admin's) must survive DELETE and rotate: unknown ids are far away.
        var random = p.Name == "keyId"
            ? Gen.OneOf(Gen.Long[1_000_000, long.MaxValue], Gen.Long[long.MinValue, 0]).Select(k => k.ToString(CultureInfo.InvariantCulture))
            : _valid.Valid(p.Schema).Select(v => WireText(v));
        var known = pools.For(op, p.Name);
        return known.Length == 0 ? random : Gen.Frequency((4, Gen.OneOf(known)), (1, random));
    }

    /// <summary>Edits that break exactly one input, built once per operation and applied to each baseline.</summary>
    private Gen<Func<Draft, Draft>> Broken(DocumentedOperation op)
    {
        var ways = new List<Gen<Func<Draft, Draft>>>
        {
            Gen.OneOf("powait", "nieznany", "PAGE", "page[]", "$where").Select(Gen.Int[0, 2000], (name, n) => Edit(d =>
                d with { Query = d.Query.Add((name, n.ToString(CultureInfo.InvariantCulture))), Forced = Verdict.Invalid, Slot = "unknown-query:" + name, Rule = "a parameter the document does not name" })),
        };
        foreach (var p in op.Parameters.Where(p => p.In is "path" or "query"))
        {
            if (Breaks.Invalid(p.Schema) is { } broken)
                ways.Add(broken.Select(b => Edit(d => Replace(d, p, WireValues(b.Value), b.Rule))));
            if (p.In == "query" && p.Required)
                ways.Add(Always(d => d with { Query = d.Query.RemoveAll(q => q.Name == p.Name), Forced = Verdict.Invalid, Slot = "query:" + p.Name, Rule = "required, left out" }));
        }
        if (op.Body is { } body)
        {
            var (_, (schema, _)) = body.Content.First();
            if (Breaks.Invalid(schema) is { } broken)
                ways.Add(broken.Select(b => Edit(d => d with { Json = b.Value?.DeepClone(), Slot = "body", Rule = b.Rule })));
            ways.Add(HostileInputs.BrokenJson().Select(b => Edit(d => d with { Raw = System.Text.Encoding.UTF8.GetBytes(b.Text), Forced = b.Rule.Contains("levels", StringComparison.Ordinal) ? Verdict.Unsaid : Verdict.Invalid, Slot = "body", Rule = b.Rule })));
            ways.Add(Gen.OneOf("text/plain", "application/xml", "multipart/form-data; boundary=x").Select(m => Edit(d => d with { MediaType = m, Forced = Verdict.Invalid, Slot = "content-type", Rule = "a media type the operation does not take" })));
            ways.Add(Always(d => d.Json is JsonObject { Count: > 0 } o
                ? d with { Raw = System.Text.Encoding.UTF8.GetBytes(HostileInputs.WithDuplicateMember(o, JsonValue.Create("drugi"))), Forced = Verdict.Invalid, Slot = "body", Rule = $"member '{o.First().Key}' twice" }
                : d with { Raw = "{\"a\":1,\"a\":2}"u8.ToArray(), Forced = Verdict.Invalid, Slot = "body", Rule = "member 'a' twice" }));
            if (body.Required)
                ways.Add(Always(d => d with { HasBody = false, MediaType = null, Forced = Verdict.Invalid, Slot = "body", Rule = "required, left out" }));
        }
        return Gen.OneOf(ways.ToArray());
    }

    private static Func<Draft, Draft> Edit(Func<Draft, Draft> edit) => edit;

    private static Gen<Func<Draft, Draft>> Always(Func<Draft, Draft> edit) => Gen.Const(edit);

    private static Draft Replace(Draft d, DocumentedParameter p, List<string> values, string rule) => p.In == "path"
        ? d with { Path = d.Path.Select(v => v.Name == p.Name ? (v.Name, values.Count > 0 ? values[0] : "") : v).ToImmutableList(), Slot = "path:" + p.Name, Rule = rule }
        : d with { Query = d.Query.RemoveAll(q => q.Name == p.Name).AddRange(values.Select(v => (p.Name, v))), Slot = "query:" + p.Name, Rule = rule };
}
