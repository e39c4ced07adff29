namespace Catalogue.Tests.SearchQuality;

/// <summary>One line of <c>judgments.tsv</c>: what a person typed (and filtered), its tags and the graded offers.</summary>
internal sealed record JudgedQuery(string QueryString, IReadOnlyList<string> Tags, IReadOnlyDictionary<string, int> Grades)
{
    public static IReadOnlyList<JudgedQuery> Load(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(Parse)];

    private static JudgedQuery Parse(string line)
    {
        var columns = line.Split('\t');
        if (columns.Length != 3) throw new FormatException($"Expected 3 tab-separated columns: {line}");
        var grades = columns[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(g => g.Split('='))
            .ToDictionary(g => g[0], g => int.Parse(g[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return new JudgedQuery(columns[0], columns[1].Split(',', StringSplitOptions.RemoveEmptyEntries), grades);
    }

    /// <summary>The request path, each value URL-encoded, asking for the first ten results.</summary>
    public string RequestUri =>
        "/api/v1/offers?pageSize=10&" + string.Join('&', QueryString.Split('&').Select(p => p.Split('=', 2))
            .Select(p => $"{p[0]}={Uri.EscapeDataString(p[1])}"));
}
