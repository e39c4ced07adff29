using System.Text.Json;
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
    private static readonly JsonSchema Schema = LoadSchema();
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

            var results = Schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
            var problemsByOffer = new Dictionary<int, List<RecordProblem>>();
            foreach (var detail in (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }))
            {
                var segments = detail.InstanceLocation.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries)
                    .Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
                if (segments.Count < 2 || segments[0] != "offers" || !int.TryParse(segments[1], out var index))
                    throw new FeedFormatException($"The feed envelope is invalid at '{detail.InstanceLocation}': {string.Join("; ", detail.Errors!.Values)}");
                var field = segments.Count > 2 ? FieldName(segments.Skip(2)) : "(offer)";
                foreach (var message in detail.Errors!.Values)
                    (problemsByOffer.TryGetValue(index, out var list) ? list : problemsByOffer[index] = []).Add(new RecordProblem(index + 1, field, message));
            }

            var read = new List<FeedOffer>();
            var rejectedIds = new List<string>();
            var position = 0;
            foreach (var element in offers.EnumerateArray())
            {
                if (!problemsByOffer.ContainsKey(position))
                    read.Add((element.Deserialize<FeedOffer>(Json) ?? new FeedOffer()) with { Row = position + 1 });
                else if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("externalId", out var id) && id.ValueKind == JsonValueKind.String)
                    rejectedIds.Add(id.GetString()!);
                position++;
            }
            var complete = !root.TryGetProperty("complete", out var c) || c.ValueKind != JsonValueKind.False;
            return new FeedDocument(complete, read, problemsByOffer.OrderBy(p => p.Key).SelectMany(p => p.Value).ToList(), position)
            {
                RejectedExternalIds = rejectedIds,
            };
        }
    }

    /// <summary>"runs/0/start" → "runs[0].start": the way a person names a field.</summary>
    private static string FieldName(IEnumerable<string> segments) =>
        string.Join("", segments.Select((s, i) => int.TryParse(s, out _) ? $"[{s}]" : (i == 0 ? s : "." + s)));

    private static JsonSchema LoadSchema()
    {
        using var stream = typeof(JsonFeedReader).Assembly.GetManifestResourceStream("learning-offer-feed.v1.schema.json")
            ?? throw new InvalidOperationException("The feed schema is not embedded.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
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
