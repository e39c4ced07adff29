using System.Text.Json;

namespace Catalogue.Api.Http;

/// <summary>
/// One pass over a JSON body before anything binds it, finding what the parsers accept but cannot use: a member named
/// twice in one object (<c>JsonNode</c> throws "same key" on first use, a 500) and a string that is not text (a lone
/// UTF-16 surrogate escape such as <c>\ud800</c>, or invalid UTF-8), which throws when read. Each is the caller's
/// error, named by its JSON path. Syntax errors throw <see cref="JsonException"/> with line and position, as a parser would.
/// </summary>
internal static class JsonTextCheck
{
    public const int MaxDepth = 32;

    /// <summary>Every member's path and where its name starts (line and position, 1-based), for the first level.</summary>
    public sealed record Member(string Name, int Line, int Position);

    /// <summary>The first such problem as (path, message), or null; the top-level members in <paramref name="members"/>.</summary>
    public static (string Path, string Message)? FindProblem(ReadOnlySpan<byte> json, List<Member>? members = null)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        // One frame per open object or array: the names seen (objects) or the next index (arrays).
        var frames = new Stack<Frame>();
        string? pendingName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = ValuePath(frames, pendingName);
                    frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartObject ? [] : null));
                    pendingName = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.Pop();
                    Advance(frames);
                    break;
                case JsonTokenType.PropertyName:
                    var frame = frames.Peek();
                    if (!TryGetString(ref reader, out var name))
                        return (frame.Path.Length == 0 ? "$" : frame.Path, "A member name is not valid text (a lone UTF-16 surrogate escape or invalid UTF-8).");
                    if (!frame.Names!.Add(name)) return (Join(frame.Path, name), $"The member '{Shorten(name)}' appears twice.");
                    pendingName = name;
                    if (frames.Count == 1 && members is not null)
                    {
                        var (line, position) = LineAndPosition(json, (int)reader.TokenStartIndex);
                        members.Add(new Member(name, line, position));
                    }
                    break;
                case JsonTokenType.String:
                    var at = ValuePath(frames, pendingName);
                    if (!TryGetString(ref reader, out _))
                        return (at.Length == 0 ? "$" : at, "Is not valid text: a lone UTF-16 surrogate escape (\\ud800–\\udfff without its pair) or invalid UTF-8.");
                    pendingName = null;
                    Advance(frames);
                    break;
                default:
                    pendingName = null;
                    Advance(frames);
                    break;
            }
        }
        return null;
    }

    /// <summary>1-based line and position of a byte offset, the way parse errors are reported.</summary>
    public static (int Line, int Position) LineAndPosition(ReadOnlySpan<byte> json, int offset)
    {
        var before = json[..Math.Min(offset, json.Length)];
        var lastBreak = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, offset - lastBreak);
    }

    private static bool TryGetString(ref Utf8JsonReader reader, out string value)
    {
        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = "";
            return false;
        }
    }

    private static string ValuePath(Stack<Frame> frames, string? name)
    {
        if (frames.Count == 0) return "";
        var frame = frames.Peek();
        return name is not null ? Join(frame.Path, name) : $"{frame.Path}[{frame.Index}]";
    }

    private static void Advance(Stack<Frame> frames)
    {
        if (frames.Count > 0 && frames.Peek().Names is null) frames.Peek().Index++;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Shorten(string name) => name.Length <= 80 ? name : name[..80] + "…";

    private sealed class Frame(string path, HashSet<string>? names)
    {
        public string Path { get; } = path;
        public HashSet<string>? Names { get; } = names;
        public int Index { get; set; }
    }
}
