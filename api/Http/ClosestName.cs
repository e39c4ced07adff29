namespace Catalogue.Api.Http;

/// <summary>"Did you mean …?" for a misspelt parameter or member: the known name within a small edit distance, if any.</summary>
internal static class ClosestName
{
    /// <summary>The known name nearest to <paramref name="given"/> (case-insensitive), or null when none is near.</summary>
    public static string? To(string given, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var distance = Distance(given.ToLowerInvariant(), name.ToLowerInvariant());
            if (distance < bestDistance) (best, bestDistance) = (name, distance);
        }
        // A third of the name, at least 1 and at most 3 edits: 'powait' → 'powiat', not 'q' → 'kind'.
        return best is not null && bestDistance <= Math.Clamp(best.Length / 3, 1, 3) ? best : null;
    }

    /// <summary>The sentence to put after an unknown name.</summary>
    public static string Hint(string given, IEnumerable<string> known) =>
        To(given, known) is { } near ? $" Did you mean '{near}'?" : "";

    // Optimal string alignment distance: a swap of two neighbours ('powait') counts as one edit.
    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64) return int.MaxValue;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
