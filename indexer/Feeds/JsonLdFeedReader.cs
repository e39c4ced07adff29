using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// Reads schema.org JSON-LD as providers already publish it for search engines: a JSON-LD document, or an HTML page
/// with <c>&lt;script type="application/ld+json"&gt;</c> blocks. Every <c>Course</c> and
/// <c>EducationalOccupationalProgram</c> (top level, in <c>@graph</c>, or in an <c>ItemList</c>) is one offer; its
/// <c>hasCourseInstance</c> items (inline or referenced by <c>@id</c>) are its runs and places. schema.org has no words
/// for the catalogue's codes, so they come from <c>additionalProperty</c> (<c>PropertyValue</c> named like a field of the
/// JSON feed: kind, sector, iscedCodes, qualificationCodes, funding, prkLevel) or are recognised from the usual
/// properties (<c>programType</c>, <c>educationalLevel</c>, <c>occupationalCategory</c>, <c>courseMode</c>).
/// Other items (Organization, WebPage, BreadcrumbList…) are ignored.
/// </summary>
public static partial class JsonLdFeedReader
{
    private static readonly string[] OfferTypes = ["Course", "EducationalOccupationalProgram"];

    public static FeedDocument Read(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body).TrimStart('\uFEFF').Trim();
        var blocks = text.StartsWith('<') ? ScriptBlocks(text) : [text];
        if (blocks.Count == 0)
            throw new FeedFormatException("The page has no <script type=\"application/ld+json\"> block with schema.org data.");

        var items = new List<JsonElement>();
        for (var i = 0; i < blocks.Count; i++)
        {
            try
            {
                using var document = JsonDocument.Parse(blocks[i], new JsonDocumentOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                Flatten(document.RootElement.Clone(), items);
            }
            catch (JsonException exception)
            {
                var where = blocks.Count > 1 ? $"JSON-LD block {i + 1}, " : "";
                throw new FeedFormatException($"The feed is not valid JSON-LD ({where}line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}).", exception);
            }
        }

        var byId = items.Where(i => JsonLd.Str(i, "@id") is not null).GroupBy(i => JsonLd.Str(i, "@id")!).ToDictionary(g => g.Key, g => g.First());
        var offers = items.Where(i => JsonLd.IsA(i, OfferTypes)).ToList();
        var read = new List<FeedOffer>();
        var problems = new List<RecordProblem>();
        var rejectedIds = new List<string>();
        for (var i = 0; i < offers.Count; i++)
        {
            var record = new JsonLdOfferMapper(offers[i], i + 1, byId);
            var offer = record.Map();
            if (record.Problems.Count == 0) read.Add(offer);
            else
            {
                problems.AddRange(record.Problems);
                if (offer.ExternalId is not null) rejectedIds.Add(offer.ExternalId);
            }
        }
        return new FeedDocument(Complete: true, read, problems, offers.Count) { RejectedExternalIds = rejectedIds };
    }

    /// <summary>Top-level objects, arrays, <c>@graph</c> and <c>ItemList</c> members, in document order.</summary>
    private static void Flatten(JsonElement element, List<JsonElement> items)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var child in element.EnumerateArray()) Flatten(child, items);
                break;
            case JsonValueKind.Object when element.TryGetProperty("@graph", out var graph):
                Flatten(graph, items);
                break;
            case JsonValueKind.Object when JsonLd.IsA(element, ["ItemList"]):
                foreach (var entry in JsonLd.All(element, "itemListElement"))
                    Flatten(entry.TryGetProperty("item", out var item) && JsonLd.IsA(entry, ["ListItem"]) ? item : entry, items);
                break;
            case JsonValueKind.Object:
                items.Add(element);
                break;
        }
    }

    private static List<string> ScriptBlocks(string html) =>
        ScriptBlock().Matches(html).Select(m => m.Groups[1].Value.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex("""<script[^>]*type\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script\s*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptBlock();
}

/// <summary>Small readers for JSON-LD values, which may be a string, a number, an object (<c>@value</c>, <c>name</c>, <c>value</c>) or an array of them.</summary>
internal static class JsonLd
{
    public static IEnumerable<JsonElement> All(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value)) return [];
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
    }

    public static string? Str(JsonElement element, string property) => All(element, property).Select(Text).FirstOrDefault(t => t is not null);

    public static IEnumerable<string> Strs(JsonElement element, string property) => All(element, property).Select(Text).OfType<string>();

    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => Str(value, "@value") ?? Str(value, "value") ?? Str(value, "codeValue") ?? Str(value, "name"),
        _ => null,
    };

    /// <summary>True when the item's <c>@type</c> names one of <paramref name="types"/> ("Course", "schema:Course" and "https://schema.org/Course" alike).</summary>
    public static bool IsA(JsonElement element, IReadOnlyCollection<string> types) =>
        Strs(element, "@type").Any(t => types.Contains(LocalName(t), StringComparer.Ordinal));

    public static string LocalName(string type) => type[(Math.Max(type.LastIndexOf('/'), type.LastIndexOf(':')) + 1)..];
}
