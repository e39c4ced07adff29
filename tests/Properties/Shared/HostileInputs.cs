using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Catalogue.Tests.Properties;

/// <summary>Strings and bodies an attacker or a careless client sends, and the encodings that put them on the wire unchanged.</summary>
internal static class HostileInputs
{
    private static readonly string[] Known =
    [
        "Zażółć gęślą jaźń", "🎓📚", "\u202Eevil", "e\u0301", "\u200B", "\uFEFFbom", "ＡＢＣ１２", "日本語", "مرحبا", "\ud800", "x\udc00y", "\udbff\udfff",
        "\0", "a\0b", "\u0007", "a\r\nb", "\t",
        "' OR 1=1 --", "'; DROP TABLE offers; --", "%' AND 1=1 --", "\" OR \"\"=\"", "1; SELECT * FROM api_keys",
        "<script>alert(1)</script>", "<svg onload=alert(1)>", "<img src=x onerror=alert(1)>", "{{7*7}}", "${jndi:ldap://127.0.0.1/a}",
        "../../etc/passwd", "..", ".", "a/b", "a%2Fb", "?x=1", "#frag", "a b", "+", "%", "%zz", "\\",
        "-0", "1e309", "NaN", "Infinity", "0x10", "9223372036854775808", "-9223372036854775809", " 1", "1 ", "١٢", "１２", "00012",
        "", "   ", "{}", "[]", "null", "true", "*", "\"",
    ];

    private const string Alphabet = "aZ09 -_./%?&=#+\"'<>\\{}[]ąż🎓\0\u0007\u00a0\u200b\ufeff";

    /// <summary>The string as a generator: a known troublemaker, a random mix with lone surrogates, or a very long one.</summary>
    public static Gen<string> Strings(int longest) => Gen.Frequency(
        (6, Gen.OneOf(Known)),
        (3, Gen.String[Gen.OneOf(Gen.Char[Alphabet], Gen.Char['\ud800', '\udfff']), 1, 40]),
        (1, Gen.Int[256, longest].Select(Gen.Char["aż<'"], (n, c) => new string(c, n))));

    /// <summary>Bodies that are not JSON at all, or JSON no schema can be asked about.</summary>
    public static Gen<(string Text, string Rule)> BrokenJson() => Gen.OneOf(
        ("{", "unterminated object"), ("{\"name\":", "cut after a member name"), ("[1,2", "unterminated array"), ("{'a':1}", "single quotes"),
        ("{\"a\":1,}", "trailing comma"), ("", "empty body"), (" ", "blank body"), ("nul", "bad literal"), ("\"unterminated", "unterminated string"),
        ("{\"a\":01}", "leading zero"), ("{\"a\":NaN}", "NaN"), ("{}x", "trailing garbage"), ("{\"a\":\"\\x41\"}", "bad escape"),
        ("{\"a\":\"\\ud800\"}", "a lone surrogate escape"), ("\"\\udfff\"", "a lone low surrogate escape"),
        (new string('[', 5000) + new string(']', 5000), "5000 levels of nesting"),
        (string.Concat(Enumerable.Repeat("{\"a\":", 300)) + "1" + new string('}', 300), "300 levels of objects"));

    /// <summary>JSON text of <paramref name="value"/> with lone surrogates written as the <c>\uXXXX</c> escapes a client sends.</summary>
    public static string JsonText(JsonNode? value)
    {
        if (value is null) return "null";
        var marked = Mark(value.DeepClone());
        var text = marked!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return System.Text.RegularExpressions.Regex.Replace(text, "~~LS([0-9A-F]{4})~~", m => "\\u" + m.Groups[1].Value.ToLowerInvariant());
    }

    /// <summary>
    /// Duplicates the first member of a JSON object in its text, with the given second value. System.Text.Json refuses
    /// to build such a node, so this is done on text.
    /// </summary>
    public static string WithDuplicateMember(JsonObject value, JsonNode? second)
    {
        var first = value.First();
        var text = JsonText(value);
        return "{" + JsonText(JsonValue.Create(first.Key)) + ":" + JsonText(second) + "," + text[1..];
    }

    /// <summary>Percent-encodes for a path segment or query value; a lone surrogate goes out as its three WTF-8 bytes.</summary>
    public static string PercentEncode(string value)
    {
        var result = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') { result.Append(c); continue; }
            byte[] bytes;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { bytes = Encoding.UTF8.GetBytes(value.Substring(i, 2)); i++; }
            else if (char.IsSurrogate(c)) bytes = [(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))];
            else bytes = Encoding.UTF8.GetBytes(c.ToString());
            foreach (var b in bytes) result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return result.ToString();
    }

    private static JsonNode? Mark(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(m => m.Key).ToList()) o[key] = Mark(o[key]?.DeepClone());
                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) a[i] = Mark(a[i]?.DeepClone());
                return a;
            case JsonValue v when v.TryGetValue<string>(out var s) && SchemaCheck.HasLoneSurrogate(s):
                var marked = new StringBuilder();
                for (var i = 0; i < s.Length; i++)
                {
                    if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { marked.Append(s, i, 2); i++; }
                    else if (char.IsSurrogate(s[i])) marked.Append("~~LS").Append(((int)s[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append("~~");
                    else marked.Append(s[i]);
                }
                return JsonValue.Create(marked.ToString());
            default:
                return node;
        }
    }
}
