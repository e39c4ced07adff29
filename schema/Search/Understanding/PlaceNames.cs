using Catalogue.Vocabularies;

namespace Catalogue.Search;

/// <summary>
/// Recognises the region's towns and powiats in a query in any case, with or without diacritics, and in the cases
/// people use ("w Łodzi", "z Piotrkowa", "Sieradzu", "Zduńskiej Woli"). Words are compared by a place stem: the folded
/// word without one case ending (and without the "-ów" of town names), so that every form of a name shares it.
/// A town named by several words is found by all of them, or by its first word alone when that word names no other
/// town ("Piotrków" → Piotrków Trybunalski). A powiat needs the word "powiat" beside its adjective ("powiat zgierski").
/// </summary>
internal sealed class PlaceNames
{
    private sealed record Name(string[] Stems, UnderstoodTerm Term, bool NeedsPreposition);

    // Towns whose name shares its stem with a common word (piątek, warta, główna, blaszki): found only after a place
    // preposition and typed with a capital letter ("w Głownie", not "główna księgowa").
    private static readonly HashSet<string> CommonWordTowns = new(StringComparer.Ordinal) { "piatek", "warta", "glowno", "blaszki" };
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "w", "we", "z", "ze", "do", "kolo", "okolice", "okolicach", "niedaleko", "blisko", "pod", "near", "in" };
    private static readonly HashSet<string> PowiatWords = new(StringComparer.Ordinal) { "powiat", "powiatu", "powiecie", "powiatem", "pow" };
    private static readonly string[] Endings =
        new[] { "owie", "owi", "owa", "owem", "iego", "iej", "ach", "ami", "iem", "ego", "em", "ie", "ia", "iu", "im", "ym", "ej", "ow", "a", "e", "i", "o", "u", "y" }
            .OrderByDescending(e => e.Length).ToArray();
    // Irregular forms the endings do not reach (t → c before -e; a fleeting e).
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal) { ["warcie"] = "wart", ["szadku"] = "szadek", ["piatku"] = "piatek" };

    private readonly List<Name> _towns = [];
    private readonly List<Name> _powiats = [];

    public PlaceNames(CatalogueVocabularies vocabularies)
    {
        var firstWords = vocabularies.Towns.Terms.GroupBy(t => Stem(Words(t.Label)[0])).ToDictionary(g => g.Key, g => g.Count());
        foreach (var town in vocabularies.Towns.Terms)
        {
            var words = Words(town.Label);
            var folded = PolishFolding.Fold(town.Label);
            var term = new UnderstoodTerm(UnderstoodTypes.City, folded, town.Label, "");
            var needsPreposition = CommonWordTowns.Contains(folded);
            _towns.Add(new Name([.. words.Select(Stem)], term, needsPreposition));
            if (words.Length > 1 && words[0].Length >= 5 && firstWords[Stem(words[0])] == 1)
                _towns.Add(new Name([Stem(words[0])], term, needsPreposition));
        }
        foreach (var powiat in vocabularies.Powiats.Terms.Where(p => p.Label.StartsWith("powiat ", StringComparison.Ordinal)))
        {
            var words = Words(powiat.Label[7..]);
            _powiats.Add(new Name([.. words.Select(Stem)], new UnderstoodTerm(UnderstoodTypes.Powiat, powiat.Code, powiat.Label, ""), false));
        }
        _towns.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
        _powiats.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
    }

    /// <summary>Places named at <paramref name="start"/>: the term and how many words it took (the word "powiat" included), or null.</summary>
    public (UnderstoodTerm Term, int Length)? Match(IReadOnlyList<QueryWord> words, int start, bool[] taken)
    {
        if (PowiatWords.Contains(words[start].Folded))
        {
            if (start + 1 < words.Count && Find(_powiats, words, start + 1, taken) is { } after) return (after.Term, after.Length + 1);
            return null;
        }
        var town = Find(_towns, words, start, taken);
        if (town is not null)
        {
            var name = town.Value;
            var preceded = start > 0 && Prepositions.Contains(words[start - 1].Folded);
            if (name.NeedsPreposition && !(preceded && char.IsUpper(words[start].Typed[0]))) return null;
            return (name.Term, name.Length);
        }
        // "zgierski powiat": the adjective first.
        if (Find(_powiats, words, start, taken) is { } before && start + before.Length < words.Count && PowiatWords.Contains(words[start + before.Length].Folded))
            return (before.Term, before.Length + 1);
        return null;
    }

    private static (UnderstoodTerm Term, int Length, bool NeedsPreposition)? Find(List<Name> names, IReadOnlyList<QueryWord> words, int start, bool[] taken)
    {
        foreach (var name in names)
        {
            if (start + name.Stems.Length > words.Count) continue;
            var all = true;
            for (var i = 0; i < name.Stems.Length && all; i++)
                all = !taken[start + i] && Stem(words[start + i].Folded) == name.Stems[i];
            if (all) return (name.Term with { Matched = string.Join(' ', words.Skip(start).Take(name.Stems.Length).Select(w => w.Typed)) }, name.Stems.Length, name.NeedsPreposition);
        }
        return null;
    }

    private static string[] Words(string label) => PolishFolding.Fold(label).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The folded word without one case ending, keeping at least three letters; then without a town name's "-ów".</summary>
    internal static string Stem(string folded)
    {
        if (Irregular.TryGetValue(folded, out var irregular)) folded = irregular;
        foreach (var ending in Endings)
        {
            if (folded.Length - ending.Length >= 3 && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                folded = folded[..^ending.Length];
                break;
            }
        }
        if (folded.Length >= 6 && folded.EndsWith("ow", StringComparison.Ordinal)) folded = folded[..^2];
        // A fleeting e: Szadek / Szadku, Piątek / Piątku.
        if (folded.Length >= 5 && folded.EndsWith("ek", StringComparison.Ordinal)) folded = folded[..^2] + "k";
        return folded;
    }
}
