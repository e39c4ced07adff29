namespace Catalogue.Indexer.Feeds;

/// <summary>
/// A field name as a report may repeat it. Names come from the provider's document (an unknown JSON member, a column),
/// and reports end up on pages and in spreadsheets: a name is cut to <see cref="MaxLength"/> characters and every
/// character outside letters, digits and <c>_-.[]()@:$</c> is replaced, so that no report ever carries markup or
/// control characters. Every <see cref="RecordProblem"/> passes its field through here.
/// </summary>
public static class ReportField
{
    public const int MaxLength = 64;

    public static string Safe(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "(offer)";
        if (field == "(offer)") return field;
        var cut = field.Length > MaxLength;
        var safe = string.Create(Math.Min(field.Length, MaxLength), field, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = IsSafe(source[i]) ? source[i] : '_';
        });
        return cut ? safe[..(MaxLength - 1)] + "…" : safe;
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '[' or ']' or '(' or ')' or '@' or ':' or '$';
}
