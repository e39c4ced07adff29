namespace Catalogue.Search;

/// <summary>
/// Function words that carry no meaning in a course search ("kurs w Łodzi dla dorosłych"), already folded. One list for
/// query understanding, the synonyms and both engines' analysis chains.
/// </summary>
public static class PolishStopWords
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        ["a", "i", "w", "we", "z", "ze", "na", "do", "dla", "od", "o", "oraz", "lub", "po", "przy", "u", "za", "jak", "sie", "to", "jest", "the", "and", "of"],
        StringComparer.Ordinal);

    /// <summary>True for a folded, lower-case stop word.</summary>
    public static bool Contains(string folded) => All.Contains(folded);
}
