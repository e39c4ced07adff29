using System.Text.Json;
using Catalogue.Offers;
using Json.Schema;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// Reads a Catalogue JSON feed (<c>schema/learning-offer-feed.v1.schema.json</c>). Each offer is checked against the
/// schema on its own: a bad offer is rejected with its position, field and reason, the others are read. A document
/// that is not JSON, or whose envelope is wrong, is unusable as a whole (<see cref="FeedFormatException"/>), so that a
/// broken feed can never be mistaken for an empty one.
/// </summary>
public static class JsonFeedReader
{
    private static readonly JsonSchema OfferSchema = LoadOfferSchema();
    private static readonly EvaluationOptions Quick = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private static readonly EvaluationOptions Detailed = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<FeedDocument> ReadAsync(Stream utf8, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(utf8, new JsonDocumentOptions { MaxDepth = 32 }, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new FeedFormatException($"The feed is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}).", exception);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("offers", out var offers) || offers.ValueKind != JsonValueKind.Array)
                throw new FeedFormatException("The feed must be a JSON object with an 'offers' array (see learning-offer-feed.v1.schema.json).");
            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != 1)
                throw new FeedFormatException("The feed must say \"version\": 1.");

            var read = new List<FeedOffer>();
            var problems = new List<RecordProblem>();
            var rejectedIds = new List<string>();
            var position = 0;
            foreach (var element in offers.EnumerateArray())
            {
                var (offer, rejected) = ReadOffer(element, position + 1);
                if (offer is not null) read.Add(offer);
                else
                {
                    problems.AddRange(rejected);
                    if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("externalId", out var id) && JsonShape.TryGetText(id) is { } text)
                        rejectedIds.Add(text);
                }
                position++;
            }
            var complete = !root.TryGetProperty("complete", out var c) || c.ValueKind != JsonValueKind.False;
            return new FeedDocument(complete, read, problems, position)
            {
                RejectedExternalIds = rejectedIds,
            };
        }
    }

    /// <summary>
    /// One offer of the feed format checked against the schema's offer definition on its own: the offer, or null and
    /// every schema error with its field. Feeds, uploads and the write API all read offers through here, so that a
    /// PUT body and the same offer in a feed get the same answer.
    /// </summary>
    public static (FeedOffer? Offer, IReadOnlyList<RecordProblem> Problems) ReadOffer(JsonElement offer, int row)
    {
        // The schema check would read a duplicated member once and trip over text that is no text: both are found first.
        if (JsonShape.Problems(offer, row) is { Count: > 0 } shape) return (null, shape);
        // A quick yes/no first, the detailed report only for the offers that fail (the full report for 20,000 valid
        // offers costs seconds).
        if (OfferSchema.Evaluate(offer, Quick).IsValid)
            return ((offer.Deserialize<FeedOffer>(Json) ?? new FeedOffer()) with { Row = row }, []);
        var problems = new List<RecordProblem>();
        var detailed = OfferSchema.Evaluate(offer, Detailed);
        foreach (var detail in (detailed.Details ?? []).Where(d => d.Errors is { Count: > 0 }))
        {
            var segments = detail.InstanceLocation.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
            var field = segments.Count > 0 ? FieldName(segments) : "(offer)";
            problems.AddRange(detail.Errors!.Values.Select(message => new RecordProblem(row, field, message)));
        }
        return (null, problems);
    }

    /// <summary>
    /// One offer from the write API, validated as a feed's offer is: <see cref="ReadOffer"/>, then the normaliser. The
    /// draft, or null and the problems of whichever step refused it (the normaliser only sees offers of the right shape).
    /// </summary>
    public static (OfferDraft? Draft, IReadOnlyList<RecordProblem> Problems) ValidateOffer(JsonElement offer, OfferNormaliser normaliser)
    {
        var (read, problems) = ReadOffer(offer, row: 1);
        return read is null ? (null, problems) : normaliser.Normalise(read);
    }

    /// <summary>"runs/0/start" → "runs[0].start": the way a person names a field.</summary>
    private static string FieldName(IEnumerable<string> segments) =>
        string.Join("", segments.Select((s, i) => int.TryParse(s, out _) ? $"[{s}]" : (i == 0 ? s : "." + s)));

    /// <summary>The schema's offer definition as a schema of its own (same definitions), so each offer is checked alone.</summary>
    private static JsonSchema LoadOfferSchema()
    {
        using var stream = typeof(JsonFeedReader).Assembly.GetManifestResourceStream("learning-offer-feed.v1.schema.json")
            ?? throw new InvalidOperationException("The feed schema is not embedded.");
        var feed = System.Text.Json.Nodes.JsonNode.Parse(stream)!.AsObject();
        var offer = new System.Text.Json.Nodes.JsonObject
        {
            ["$schema"] = feed["$schema"]!.DeepClone(),
            ["$id"] = "https://catalogue.lodzkie.example/schema/learning-offer-feed.v1.offer.schema.json",
            ["$ref"] = "#/$defs/offer",
            ["$defs"] = feed["$defs"]!.DeepClone(),
        };
        return JsonSchema.FromText(offer.ToJsonString());
    }
}

/// <summary>What a reader got from a feed: the offers it could read, the records it rejected, and how many it saw.</summary>
/// <param name="Complete">True when the feed lists all the provider's offers (missing ones may be withdrawn).</param>
/// <param name="Offers">Records that passed the format checks, still to be normalised.</param>
/// <param name="Problems">Records rejected by the format checks, with reasons.</param>
/// <param name="Seen">Records in the document.</param>
public sealed record FeedDocument(bool Complete, IReadOnlyList<FeedOffer> Offers, IReadOnlyList<RecordProblem> Problems, int Seen)
{
    /// <summary>External ids of rejected records, where readable: their offers are kept as they are, never withdrawn for a typo.</summary>
    public IReadOnlyList<string> RejectedExternalIds { get; init; } = [];
}

/// <summary>The document as a whole cannot be used (not JSON, wrong envelope, truncated): nothing in it is applied.</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);
