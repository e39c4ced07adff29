using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Catalogue.Search.Lucene;

/// <summary>
/// The one analysis chain for Polish text, used at index and at query time: standard tokenizer, lower case,
/// ASCII folding (ł → l, ż → z, …), Polish stop words, then <see cref="PolishLightStemmer"/>.
/// </summary>
public sealed class PolishAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The stop words (<see cref="PolishStopWords"/>) as the analysis chain needs them.</summary>
    public static readonly CharArraySet StopWords = new(Version, PolishStopWords.All.ToList(), ignoreCase: true);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        FoldedWords(reader, stream => new PolishStemFilter(new StopFilter(Version, stream, StopWords)));

    /// <summary>The start every chain shares: standard tokenizer, invariant lower case, ASCII folding; then <paramref name="rest"/>.</summary>
    internal static TokenStreamComponents FoldedWords(TextReader reader, Func<TokenStream, TokenStream> rest)
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, rest(new ASCIIFoldingFilter(new InvariantLowerCaseFilter(source))));
    }

    /// <summary>The analysed tokens of <paramref name="text"/> with their positions (stop words leave gaps), at most <paramref name="limit"/>.</summary>
    public List<(string Term, int Position)> Tokens(string field, string text, int limit = int.MaxValue)
    {
        var tokens = new List<(string, int)>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (tokens.Count < limit && stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }
        stream.End();
        return tokens;
    }
}

/// <summary>
/// Lower-cases each token with invariant per-character rules. Lucene's LowerCaseFilter goes through the culture's
/// (ICU) casing for every token, which showed as a tenth of the search time; Polish letters lower-case the same way.
/// </summary>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            var c = buffer[i];
            buffer[i] = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
        }
        return true;
    }
}

/// <summary>Applies <see cref="PolishLightStemmer"/> to each token, truncating the term in place.</summary>
internal sealed class PolishStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public PolishStemFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        _term.Length = PolishLightStemmer.StemLength(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }
}

/// <summary>
/// Words as typed, only lower-cased and folded (no stemming): the exact fields, where an offer whose title says what
/// was asked outranks one that only shares a stem, and where typos and prefixes are looked for.
/// </summary>
public sealed class FoldedAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        PolishAnalyzer.FoldedWords(reader, stream => new StopFilter(PolishAnalyzer.Version, stream, PolishAnalyzer.StopWords));
}

/// <summary>
/// Dictionary lemmas of folded words (Hunspell pl_PL, <see cref="Morphology.PolishLemmatizer"/>): every inflected form
/// of a word meets its lemma ("spawacza", "spawaczy" → "spawacz"; "Sieradzu" → "sieradz") without joining related
/// words the way the light stemmer does. A word the dictionary does not know stays as it is.
/// </summary>
public sealed class LemmaAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        PolishAnalyzer.FoldedWords(reader, stream => new Morphology.PolishLemmaFilter(new StopFilter(PolishAnalyzer.Version, stream, PolishAnalyzer.StopWords)));
}

/// <summary>Folded word prefixes (1–20 letters) of titles, for typeahead: "prog" finds "Programowanie w Pythonie".</summary>
public sealed class PrefixAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        PolishAnalyzer.FoldedWords(reader, stream => new EdgeNGramTokenFilter(PolishAnalyzer.Version, stream, 1, 20));
}
