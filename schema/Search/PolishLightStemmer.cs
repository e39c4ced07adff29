namespace Catalogue.Search;

/// <summary>
/// A light Polish stemmer for already folded, lower-case words (see <see cref="PolishFolding"/>): it strips one
/// inflectional or derivational ending, the longest that fits, and keeps at least <see cref="MinStem"/> letters.
/// It is deliberately small — no Polish stemmer package is served here — and aims at what people type into a
/// catalogue search: "spawacz", "spawania", "spawanie", "spawalnictwo" → "spaw"; "informatyka"/"informatyk"/
/// "informatyczne" → "informat"; "ksiegowosc"/"ksiegowej"/"ksiegowy" → "ksiegow"; "fryzjerstwo"/"fryzjerski" → "fryzjer".
/// The same function runs at index and query time, so an over-eager rule costs precision, never recall of exact words.
/// </summary>
public static class PolishLightStemmer
{
    public const int MinStem = 3;

    // Longest first within the table is not required: the longest matching suffix is chosen below.
    /// <summary>The endings stripped; the Elasticsearch fallback analysis builds the same rule from this list.</summary>
    internal static readonly string[] Suffixes =
    [
        // Derivations that name a trade, its practice or its practitioner (spawalnictwo, spawacz, fryzjerstwo, fryzjerski).
        "alnictwo", "alnictwa", "alnictwie", "alniczy", "alnicze", "alniczych",
        "acz", "acza", "aczy", "aczem", "aczom", "aczka", "aczki",
        "stwo", "stwa", "stwie", "stwem",
        "ski", "ska", "skie", "skiego", "skiej", "skich", "skim", "skimi", "sku",
        // Verbal nouns (spawanie, szkolenie) in every case.
        "anie", "ania", "aniu", "aniem", "aniach", "aniami", "aniom",
        "enie", "enia", "eniu", "eniem", "eniach", "eniami", "eniom",
        // A field, its practitioner and its adjective share a stem: informatyka / informatyk / informatycy / informatyczne,
        // logistyk / logistyczne, kosmetyczka / kosmetyczny. (Not "-ik": technik / techniczny / technika would join.)
        "yk", "yka", "yki", "yku", "ykiem", "ykow", "ykom", "ykami", "ykach", "yce", "ycy",
        "yczny", "yczna", "yczne", "ycznego", "ycznej", "ycznych", "ycznym", "ycznymi", "ycznie", "yczni",
        "yczka", "yczki", "yczke", "yczek", "yczce",
        // Abstract nouns (ksiegowosc, zaleznosc).
        "osc", "osci", "oscia", "osciami", "osciach",
        // Adjective and noun case endings.
        "ego", "emu", "ych", "ymi", "ich", "imi", "ej", "ym", "im", "ie", "ow", "owi", "owie", "om", "ami", "ach", "em",
        "a", "e", "i", "o", "u", "y",
    ];

    private static readonly int MaxSuffix = Suffixes.Max(s => s.Length);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup =
        new HashSet<string>(Suffixes, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Stem(string word) => word[..StemLength(word)];

    /// <summary>The length of the stem of <paramref name="word"/>: the analysis chain truncates its term buffer to it, allocating nothing.</summary>
    public static int StemLength(ReadOnlySpan<char> word)
    {
        for (var suffix = Math.Min(MaxSuffix, word.Length - MinStem); suffix > 0; suffix--)
        {
            if (SuffixLookup.Contains(word[^suffix..])) return word.Length - suffix;
        }
        return word.Length;
    }
}
