using System.Globalization;
using System.Text.Json;

namespace Catalogue.Api.GraphQL;

/// <summary>What a GraphQL POST body is (the body itself is read by <see cref="Security.LimitedBody"/>).</summary>
internal static class GraphQLRequestBody
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>A JSON array: a batch of requests.</summary>
    public static bool IsBatch(byte[] body)
    {
        foreach (var b in body)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) continue;
            return b == (byte)'[';
        }
        return false;
    }

    /// <summary>
    /// Where and why the body is not JSON, as a client can act on it ("line 2, position 14: a string cannot contain a
    /// line break"); null when it is JSON. Line and position count from 1, the position in bytes (UTF-8), as editors
    /// count columns of ASCII text. A multi-line <c>query</c> pasted into a JSON string is the usual cause.
    /// </summary>
    public static string? SyntaxError(byte[] body)
    {
        var json = body.AsSpan();
        if (json.StartsWith(Bom)) json = json[Bom.Length..];
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
            }
            return null;
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var position = (exception.BytePositionInLine ?? 0) + 1;
            return string.Create(CultureInfo.InvariantCulture,
                $"The body is not valid JSON: line {line}, position {position}: {What(exception, json)}");
        }
    }

    private static string What(JsonException exception, ReadOnlySpan<byte> json)
    {
        // Outside strings a line break or tab is whitespace, so the reader stopping on one means a raw one inside a string.
        var offset = Offset(json, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
        var stoppedOn = offset < json.Length ? json[offset] : (byte)0;
        if (stoppedOn is (byte)'\n' or (byte)'\r') return @"a string cannot contain a line break (escape it as \n).";
        if (stoppedOn is (byte)'\t') return @"a string cannot contain a tab (escape it as \t).";
        // System.Text.Json's own words, without the position it appends (said above, counted from 1).
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var what = (cut > 0 ? message[..cut] : message).Replace(" Change the reader options.", "", StringComparison.Ordinal).TrimEnd();
        return char.ToLowerInvariant(what[0]) + what[1..];
    }

    private static int Offset(ReadOnlySpan<byte> json, long line, long position)
    {
        var start = 0;
        for (var i = 0L; i < line && json[start..].IndexOf((byte)'\n') is var next && next >= 0; i++) start += next + 1;
        return (int)Math.Min(json.Length, start + position);
    }
}
