using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;

namespace Catalogue.Search.Elasticsearch;

/// <summary>
/// The opaque search-after cursor of this engine: the sort and direction it was issued for, and the sort values of
/// the last hit shown, as base64url JSON. A cursor for another sort or direction, or not issued by us, is the
/// caller's error (<see cref="InvalidCursorException"/>), as with the embedded engine.
/// </summary>
internal static class ElasticsearchCursor
{
    public static SortDirection Natural(OfferSort sort) => sort is OfferSort.Relevance or OfferSort.Updated ? SortDirection.Desc : SortDirection.Asc;

    public static string Write(OfferSort sort, bool reversed, IEnumerable<FieldValue> values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add(value.Kind switch
            {
                FieldValue.ValueKind.Null => null,
                _ when value.TryGetLong(out var l) => JsonValue.Create(l),
                _ when value.TryGetDouble(out var d) => double.IsFinite(d!.Value) ? JsonValue.Create(d) : JsonValue.Create(d.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                _ when value.TryGetBool(out var b) => JsonValue.Create(b),
                _ => JsonValue.Create(value.ToString()),
            });
        }
        var json = new JsonObject { ["s"] = (int)sort, ["r"] = reversed, ["v"] = array }.ToJsonString();
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static List<FieldValue> Read(string cursor, OfferSort sort, bool reversed)
    {
        JsonNode? node;
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            node = JsonNode.Parse(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw new InvalidCursorException("The cursor is not one this API issued.");
        }
        if (node is not JsonObject { } obj || obj["v"] is not JsonArray values || obj["s"] is null || obj["r"] is null)
            throw new InvalidCursorException("The cursor is not one this API issued.");
        if (obj["s"]!.GetValue<int>() != (int)sort || obj["r"]!.GetValue<bool>() != reversed)
            throw new InvalidCursorException("The cursor belongs to another sort order; keep sort and order as they were.");
        return values.Select(v => v?.GetValueKind() switch
        {
            null or JsonValueKind.Null => FieldValue.Null,
            JsonValueKind.True => FieldValue.True,
            JsonValueKind.False => FieldValue.False,
            JsonValueKind.Number when v.AsValue().TryGetValue<long>(out var l) => FieldValue.Long(l),
            JsonValueKind.Number => FieldValue.Double(v.GetValue<double>()),
            _ => FieldValue.String(v.GetValue<string>()),
        }).ToList();
    }
}
