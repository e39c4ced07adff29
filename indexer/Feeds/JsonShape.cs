using System.Text.Json;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// What JSON parsing lets through but no offer may hold, found before the schema check: a member stated twice in one
/// object (which value would count is a guess), and text with a lone UTF-16 surrogate escape such as <c>\ud800</c>
/// (it stands for no character, so it cannot be stored, indexed or sent back). Each is a problem of its record,
/// named by the field's path, never a failure of the whole document.
/// </summary>
internal static class JsonShape
{
    public static IReadOnlyList<RecordProblem> Problems(JsonElement element, int row)
    {
        var problems = new List<RecordProblem>();
        Walk(element, "", row, problems);
        return problems;
    }

    /// <summary>The string, or null when the element is not a string or is not valid text.</summary>
    public static string? TryGetText(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String) return null;
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static void Walk(JsonElement element, string path, int row, List<RecordProblem> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = member.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        problems.Add(new RecordProblem(row, path.Length == 0 ? "(offer)" : path, "A member's name has a lone UTF-16 surrogate escape (such as \\ud800), which stands for no character."));
                        continue;
                    }
                    var field = path.Length == 0 ? name : $"{path}.{name}";
                    if (!names.Add(name)) problems.Add(new RecordProblem(row, field, $"The member '{ReportField.Safe(name)}' appears more than once in one object; state it once."));
                    else Walk(member.Value, field, row, problems);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray()) Walk(item, $"{path}[{index++}]", row, problems);
                break;
            case JsonValueKind.String when TryGetText(element) is null:
                problems.Add(new RecordProblem(row, path.Length == 0 ? "(offer)" : path, "The text has a lone UTF-16 surrogate escape (such as \\ud800), which stands for no character; remove it or complete the pair."));
                break;
        }
    }
}
