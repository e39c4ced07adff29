namespace Catalogue.Search;

/// <summary>One line of the synonyms file: names people use for the same thing, and why they are equivalent.</summary>
/// <param name="Phrases">The phrases as written in the file (at least two).</param>
/// <param name="Reason">The reason or source given after the TAB.</param>
/// <param name="Line">The 1-based line number in the file, for error messages and test failures.</param>
public sealed record SynonymGroup(IReadOnlyList<string> Phrases, string Reason, int Line);

/// <summary>
/// A run of query words that spells one phrase of a <see cref="SynonymGroup"/>.
/// </summary>
/// <param name="Start">Index of the first matched word in the words passed to <see cref="SearchSynonyms.Match"/>.</param>
/// <param name="Length">How many words the phrase covers.</param>
/// <param name="Alternatives">
/// The other phrases of the group, folded, their words joined by one space, stop words left out ("bezplatny",
/// "za darmo" → "darmo"); never the phrase that matched, since the literal words are already searched for.
/// </param>
public sealed record SynonymMatch(int Start, int Length, IReadOnlyList<string> Alternatives);
