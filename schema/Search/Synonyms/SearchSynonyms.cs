namespace Catalogue.Search;

/// <summary>
/// Groups of names people use for the same thing ("darmowy" / "bezpłatny", "zaoczne" / "niestacjonarne",
/// "wózek widłowy" / "operator wózków jezdniowych", "computer science" / "informatyka"), read from the data file
/// <c>Search/Synonyms/synonyms.tsv</c>, and the matcher that finds them in a query.
/// </summary>
/// <remarks>
/// Words are compared by their <see cref="PolishLightStemmer"/> stem, or by the extra forms (dictionary lemmas) given
/// to <see cref="Parse"/>, so inflected query words find a phrase written in the base form. The index is built once;
/// <see cref="Match"/> runs on every search and allocates only its result when no extra forms are used.
/// </remarks>
public sealed class SearchSynonyms
{
    private const string ResourceName = "search/synonyms.tsv";
    private static readonly Lazy<SearchSynonyms> Embedded = new(() => LoadEmbedded());

    private readonly Func<string, IEnumerable<string>>? _extraForms;
    private readonly Dictionary<string, Phrase[]> _byFirstForm;
    private readonly Dictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstStem;

    private SearchSynonyms(List<SynonymGroup> groups, Func<string, IEnumerable<string>>? extraForms)
    {
        Groups = groups;
        _extraForms = extraForms;
        var byForm = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var folded = group.Phrases.Select(p => string.Join(' ', PhraseWords(p))).ToList();
            for (var i = 0; i < folded.Count; i++)
            {
                var words = PhraseWords(group.Phrases[i]);
                var alternatives = folded.Where((_, j) => j != i && folded[j] != folded[i]).Distinct(StringComparer.Ordinal).ToArray();
                var phrase = new Phrase([.. words.Select(FormsOf)], alternatives, group.Line);
                foreach (var form in phrase.Words[0])
                {
                    if (!byForm.TryGetValue(form, out var list)) byForm[form] = list = [];
                    list.Add(phrase);
                }
            }
        }
        // Longest first, then the earlier line: the first candidate that fits is the match.
        _byFirstForm = byForm.ToDictionary(
            e => e.Key, e => e.Value.Distinct().OrderByDescending(p => p.Length).ThenBy(p => p.Line).ToArray(), StringComparer.Ordinal);
        _byFirstStem = _byFirstForm.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The groups of the file bundled with the catalogue, loaded on first use.</summary>
    public static SearchSynonyms Default => Embedded.Value;

    public IReadOnlyList<SynonymGroup> Groups { get; }

    /// <summary>
    /// The bundled file with <paramref name="extraForms"/> (e.g. Hunspell lemmas of a folded word) as further ways
    /// for a query word to equal a phrase word. Build it once: the index is computed here.
    /// </summary>
    public static SearchSynonyms LoadEmbedded(Func<string, IEnumerable<string>>? extraForms = null)
    {
        using var stream = typeof(SearchSynonyms).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from Catalogue.Schema.");
        using var reader = new StreamReader(stream);
        return Parse(reader, extraForms);
    }

    /// <summary>
    /// Reads a synonyms file. Throws <see cref="FormatException"/> naming the line of a malformed group (one phrase
    /// only, an empty phrase, no reason), because a silently skipped line would be a synonym nobody notices is gone.
    /// </summary>
    public static SearchSynonyms Parse(TextReader reader, Func<string, IEnumerable<string>>? extraForms = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new SearchSynonyms(SynonymFile.Read(reader), extraForms);
    }

    /// <summary>
    /// The words of a phrase as the matcher sees them: folded (<see cref="PolishFolding"/>), split at every character
    /// that is not a letter or a digit ("koparko-ładowarka" is two words), Polish stop words left out.
    /// </summary>
    public static IReadOnlyList<string> PhraseWords(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var folded = PolishFolding.Fold(phrase);
        var words = new List<string>();
        for (var i = 0; i < folded.Length;)
        {
            var end = i;
            while (end < folded.Length && char.IsLetterOrDigit(folded[end])) end++;
            var word = folded[i..end];
            if (word.Length > 0 && !PolishStopWords.Contains(word)) words.Add(word);
            i = end + 1;
        }
        return words;
    }

    /// <summary>
    /// Finds phrases in <paramref name="words"/> (already lower-cased, folded, without stop words): left to right, the
    /// longest phrase starting at each word wins, matches never overlap. The earlier line wins a tie.
    /// </summary>
    public IReadOnlyList<SynonymMatch> Match(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        List<SynonymMatch>? matches = null;
        var extras = _extraForms is null ? null : new string[]?[words.Count];
        for (var start = 0; start < words.Count;)
        {
            var best = Longest(words, start, extras);
            if (best is null)
            {
                start++;
                continue;
            }
            (matches ??= []).Add(new SynonymMatch(start, best.Length, best.Alternatives));
            start += best.Length;
        }
        return matches ?? (IReadOnlyList<SynonymMatch>)[];
    }

    private Phrase? Longest(IReadOnlyList<string> words, int start, string[]?[]? extras)
    {
        var word = words[start];
        var best = _byFirstStem.TryGetValue(word.AsSpan(0, PolishLightStemmer.StemLength(word)), out var byStem)
            ? FirstFitting(byStem, words, start, extras) : null;
        if (extras is null) return best;
        foreach (var form in ExtraForms(word, start, extras))
        {
            if (!_byFirstForm.TryGetValue(form, out var byForm)) continue;
            var candidate = FirstFitting(byForm, words, start, extras);
            if (candidate is not null && (best is null || candidate.Length > best.Length || (candidate.Length == best.Length && candidate.Line < best.Line)))
                best = candidate;
        }
        return best;
    }

    private Phrase? FirstFitting(Phrase[] candidates, IReadOnlyList<string> words, int start, string[]?[]? extras)
    {
        foreach (var phrase in candidates)
        {
            if (start + phrase.Length > words.Count) continue;
            var fits = true;
            for (var k = 1; k < phrase.Length && fits; k++)
                fits = Equal(words[start + k], start + k, phrase.Words[k], extras);
            if (fits) return phrase;
        }
        return null;
    }

    private bool Equal(string word, int index, string[] phraseForms, string[]?[]? extras)
    {
        var stem = word.AsSpan(0, PolishLightStemmer.StemLength(word));
        foreach (var form in phraseForms)
        {
            if (stem.SequenceEqual(form)) return true;
        }
        if (extras is null) return false;
        foreach (var extra in ExtraForms(word, index, extras))
        {
            if (Array.IndexOf(phraseForms, extra) >= 0) return true;
        }
        return false;
    }

    private string[] ExtraForms(string word, int index, string[]?[] extras) =>
        extras[index] ??= [.. _extraForms!(word).Distinct(StringComparer.Ordinal)];

    /// <summary>A phrase word's forms: its light stem first, then the extra forms of the folded word.</summary>
    private string[] FormsOf(string foldedWord) =>
        [.. new[] { PolishLightStemmer.Stem(foldedWord) }.Concat(_extraForms?.Invoke(foldedWord) ?? []).Distinct(StringComparer.Ordinal)];

    private sealed record Phrase(string[][] Words, string[] Alternatives, int Line)
    {
        public int Length => Words.Length;
    }
}
