using System.Text.RegularExpressions;
using Catalogue.Search.Morphology;
using Catalogue.Vocabularies;

namespace Catalogue.Search;

/// <summary>A word of the query: as typed, and lower-cased without diacritics.</summary>
internal readonly record struct QueryWord(string Typed, string Folded);

/// <summary>
/// Reads a query into a <see cref="SearchPlan"/>, in this order: codes (profession, qualification, ISCED-F, PRK
/// level), places, delivery/free/kind words, stop words; what is left is text, grouped by synonyms. Pure and
/// thread-safe: one instance per process, shared by both engines.
/// </summary>
public sealed partial class QueryUnderstanding
{
    /// <summary>More words than this add nothing to a catalogue search but cost; the rest is ignored.</summary>
    public const int MaxWords = 24;
    private const int MinPrefix = 3;

    private static readonly Lazy<QueryUnderstanding> Shared = new(() => new QueryUnderstanding(
        new CatalogueVocabularies(), SearchSynonyms.LoadEmbedded(word => PolishLemmatizer.Shared.Lemmas(word))));

    private readonly CatalogueVocabularies _vocabularies;
    private readonly PlaceNames _places;
    private readonly List<(QueryLexicon.Entry Entry, string[] Words)> _lexicon;
    private readonly SearchSynonyms? _synonyms;

    public QueryUnderstanding(CatalogueVocabularies vocabularies, SearchSynonyms? synonyms = null)
    {
        _vocabularies = vocabularies;
        _places = new PlaceNames(vocabularies);
        _lexicon = QueryLexicon.Entries
            .SelectMany(e => e.Forms.Select(f => (e, PolishFolding.Fold(f).Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            .OrderByDescending(x => x.Item2.Length).ToList();
        _synonyms = synonyms;
    }

    /// <summary>The understanding over the embedded vocabularies and synonyms (words joined also by their dictionary lemmas).</summary>
    public static QueryUnderstanding Default => Shared.Value;

    public SearchPlan Plan(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return SearchPlan.Empty;
        var words = Word().Matches(text).Take(MaxWords).Select(m => new QueryWord(m.Value, PolishFolding.Fold(m.Value))).ToList();
        var taken = new bool[words.Count];
        var terms = new List<UnderstoodTerm>();
        var units = new List<(int Position, TextUnit Unit)>();
        var optional = new List<string>();

        for (var i = 0; i < words.Count; i++)
        {
            if (taken[i]) continue;
            if (Code(words, i) is { } code)
            {
                Take(taken, i, code.Length);
                units.Add((i, new TextUnit([code.Term.Value.ToLowerInvariant()], [code.Term.Matched]) { Code = code.Term }));
                terms.Add(code.Term);
            }
            else if (_places.Match(words, i, taken) is { } place)
            {
                Take(taken, i, place.Length);
                terms.Add(place.Term);
            }
            else if (Lexicon(words, i, taken) is { } entry)
            {
                Take(taken, i, entry.Length);
                var matched = string.Join(' ', words.Skip(i).Take(entry.Length).Select(w => w.Typed));
                foreach (var value in entry.Entry.Values) terms.Add(new UnderstoodTerm(entry.Entry.Type, value, Label(entry.Entry.Type, value), matched));
                optional.AddRange(words.Skip(i).Take(entry.Length).Select(w => w.Folded).Where(w => !PolishStopWords.Contains(w)));
            }
        }

        var ignored = new List<string>();
        var content = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (taken[i]) continue;
            if (PolishStopWords.Contains(words[i].Folded)) ignored.Add(words[i].Typed);
            else content.Add(i);
        }
        var folded = content.Select(i => words[i].Folded).ToList();
        var matches = _synonyms?.Match(folded) ?? [];
        var prefixAt = EndsInWord(text) ? words.Count - 1 : -1;
        for (var c = 0; c < content.Count;)
        {
            var match = matches.FirstOrDefault(m => m.Start == c);
            var length = match?.Length ?? 1;
            var span = content.Skip(c).Take(length).ToList();
            units.Add((span[0], new TextUnit([.. span.Select(i => words[i].Folded)], [.. span.Select(i => words[i].Typed)])
            {
                Alternatives = match?.Alternatives ?? [],
                Prefix = length == 1 && span[0] == prefixAt && words[span[0]].Folded.Length >= MinPrefix && !words[span[0]].Folded.All(char.IsDigit),
            }));
            c += length;
        }

        var distinct = units.OrderBy(u => u.Position).Select(u => u.Unit)
            .DistinctBy(u => string.Join(' ', u.Words)).ToList();
        return new SearchPlan
        {
            Units = distinct,
            MinimumShouldMatch = SearchPlan.MinimumFor(distinct.Count),
            Terms = terms.DistinctBy(t => (t.Type, t.Value)).ToList(),
            OptionalWords = optional.Distinct().ToList(),
            Ignored = ignored,
        };
    }

    private static void Take(bool[] taken, int start, int length) => Array.Fill(taken, true, start, length);

    /// <summary>The last word is still being typed unless the query ends in a space or punctuation.</summary>
    private static bool EndsInWord(string text) => char.IsLetterOrDigit(text[^1]);

    private (QueryLexicon.Entry Entry, int Length)? Lexicon(List<QueryWord> words, int start, bool[] taken)
    {
        foreach (var (entry, forms) in _lexicon)
        {
            if (start + forms.Length > words.Count) continue;
            var all = true;
            for (var i = 0; i < forms.Length && all; i++) all = !taken[start + i] && words[start + i].Folded == forms[i];
            if (all) return (entry, forms.Length);
        }
        return null;
    }

    private string Label(string type, string value) => type switch
    {
        UnderstoodTypes.Mode => _vocabularies.Modes.Find(value)?.Label ?? value,
        UnderstoodTypes.Kind => _vocabularies.Kinds.Find(value)?.Label ?? value,
        UnderstoodTypes.Free => "Bezpłatne",
        _ => value,
    };

    /// <summary>
    /// A code at <paramref name="start"/>: a qualification as "INF.03", "inf03" or "inf 03"; a 6-digit profession code;
    /// an ISCED-F code of 2–4 digits; a PRK level as "PRK 6", "prk6", "poziom 5" or "poziom PRK 5". Only codes the
    /// vocabularies know count, so "2024" or "123456" stay ordinary text.
    /// </summary>
    private (UnderstoodTerm Term, int Length)? Code(List<QueryWord> words, int start)
    {
        var word = words[start].Folded;
        var next = start + 1 < words.Count ? words[start + 1].Folded : null;
        if (QualificationJoined().Match(word) is { Success: true } joined)
            return Qualification(joined.Groups[1].Value, joined.Groups[2].Value, words[start].Typed, 1);
        if (word.Length == 3 && word.All(char.IsAsciiLetter) && next is { Length: 2 } && next.All(char.IsAsciiDigit))
            return Qualification(word, next, $"{words[start].Typed} {words[start + 1].Typed}", 2);
        if (word.Length == 6 && word.All(char.IsAsciiDigit) && _vocabularies.Professions.Find(word) is { } profession)
            return (new UnderstoodTerm(UnderstoodTypes.Profession, profession.Code, profession.Label, words[start].Typed), 1);
        if (word.Length is >= 2 and <= 4 && word.All(char.IsAsciiDigit) && _vocabularies.Isced.Find(word) is { } isced)
            return (new UnderstoodTerm(UnderstoodTypes.Isced, isced.Code, isced.Label, words[start].Typed), 1);
        return Level(words, start);
    }

    private (UnderstoodTerm, int)? Qualification(string letters, string digits, string typed, int length) =>
        _vocabularies.Qualifications.Find($"{letters}.{digits}") is { } term
            ? (new UnderstoodTerm(UnderstoodTypes.Qualification, term.Code, term.Label, typed), length)
            : null;

    private (UnderstoodTerm, int)? Level(List<QueryWord> words, int start)
    {
        var word = words[start].Folded;
        if (LevelJoined().Match(word) is { Success: true } joined) return LevelTerm(joined.Groups[1].Value, words[start].Typed, 1);
        if (word is not ("prk" or "poziom" or "poziomu" or "poziomie" or "eqf")) return null;
        var at = start + 1;
        if (at < words.Count && words[at].Folded is "prk" or "eqf") at++;
        if (at < words.Count && words[at].Folded is { Length: 1 } digit && digit[0] is >= '1' and <= '8')
            return LevelTerm(digit, string.Join(' ', words.Skip(start).Take(at - start + 1).Select(w => w.Typed)), at - start + 1);
        return null;
    }

    private (UnderstoodTerm, int)? LevelTerm(string digit, string typed, int length) =>
        _vocabularies.PrkLevels.Find(digit) is { } level ? (new UnderstoodTerm(UnderstoodTypes.Level, level.Code, level.Label, typed), length) : null;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^([a-z]{3})[.\-]?(\d{2})$")]
    private static partial Regex QualificationJoined();

    [GeneratedRegex(@"^(?:prk|eqf)([1-8])$")]
    private static partial Regex LevelJoined();
}
