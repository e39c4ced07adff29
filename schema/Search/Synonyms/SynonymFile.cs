namespace Catalogue.Search;

/// <summary>Reads the lines of the synonyms file (format in the header of <c>synonyms.tsv</c>) into groups.</summary>
internal static class SynonymFile
{
    public static List<SynonymGroup> Read(TextReader reader)
    {
        var groups = new List<SynonymGroup>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            groups.Add(ReadGroup(line, number));
        }
        return groups;
    }

    private static SynonymGroup ReadGroup(string line, int number)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var reason = tab < 0 ? "" : line[(tab + 1)..].Trim();
        if (reason.Length == 0)
            throw Malformed(number, "the reason or source is missing (write it after a TAB)");
        var phrases = line[..tab].Split('|').Select(p => p.Trim()).ToList();
        if (phrases.Count < 2)
            throw Malformed(number, $"a group needs at least two phrases, found only \"{phrases[0]}\"");
        var empty = phrases.FindIndex(p => SearchSynonyms.PhraseWords(p).Count == 0);
        if (empty >= 0)
            throw Malformed(number, $"phrase {empty + 1} is empty (or only stop words): \"{phrases[empty]}\"");
        return new SynonymGroup(phrases, reason, number);
    }

    private static FormatException Malformed(int line, string problem) => new($"Synonyms file, line {line}: {problem}.");
}
