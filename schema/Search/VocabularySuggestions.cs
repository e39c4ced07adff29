using Catalogue.Vocabularies;

namespace Catalogue.Search;

/// <summary>
/// Typeahead entries that come from the vocabularies rather than the index: vocational professions and towns.
/// A word of the name must start with the typed text, with or without Polish letters ("lod" → "Łódź").
/// </summary>
public sealed class VocabularySuggestions
{
    private readonly List<(string Folded, Suggestion Suggestion)> _professions;
    private readonly List<(string Folded, Suggestion Suggestion)> _towns;

    public VocabularySuggestions(CatalogueVocabularies vocabularies)
    {
        _professions = vocabularies.Professions.Terms.Select(t => (PolishFolding.Fold(t.Label), new Suggestion(t.Label, "profession", t.Code))).ToList();
        _towns = vocabularies.Towns.Terms.Select(t => (PolishFolding.Fold(t.Label), new Suggestion(t.Label, "town", t.Code))).ToList();
    }

    public IEnumerable<Suggestion> Professions(string prefix) => Matching(_professions, prefix);

    public IEnumerable<Suggestion> Towns(string prefix) => Matching(_towns, prefix);

    private static IEnumerable<Suggestion> Matching(List<(string Folded, Suggestion Suggestion)> entries, string prefix)
    {
        var folded = PolishFolding.Fold(prefix.Trim());
        if (folded.Length == 0) return [];
        return entries
            .Where(e => e.Folded.StartsWith(folded, StringComparison.Ordinal) || e.Folded.Contains(" " + folded, StringComparison.Ordinal))
            .OrderBy(e => e.Folded.StartsWith(folded, StringComparison.Ordinal) ? 0 : 1).ThenBy(e => e.Folded.Length)
            .Select(e => e.Suggestion);
    }
}
