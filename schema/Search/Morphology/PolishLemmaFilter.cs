using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Catalogue.Search.Morphology;

/// <summary>
/// Replaces each lower-case folded token with its <see cref="PolishLemmatizer"/> lemmas, all at the token's position: the
/// first keeps the position increment, the others get 0 (a query for any lemma matches, phrases keep their shape). A word
/// the dictionary does not know, and a token marked as keyword, pass through unchanged.
/// </summary>
/// <remarks>
/// It runs at index time over every description, so a known word costs a cache lookup without allocating; only a word with
/// several lemmas captures the token's state, once, to restore it for the extra lemmas.
/// </remarks>
public sealed class PolishLemmaFilter : TokenFilter
{
    private readonly PolishLemmatizer _lemmatizer;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IKeywordAttribute _keyword;
    private string[]? _pending;
    private int _next;
    private State? _state;

    public PolishLemmaFilter(TokenStream input) : this(input, PolishLemmatizer.Shared) { }

    public PolishLemmaFilter(TokenStream input, PolishLemmatizer lemmatizer) : base(input)
    {
        _lemmatizer = lemmatizer;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_state);
            _increment.PositionIncrement = 0;
            _term.SetEmpty().Append(_pending[_next++]);
            if (_next == _pending.Length) { _pending = null; _state = null; }
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword) return true;

        var lemmas = _lemmatizer.Lemmas(new ReadOnlySpan<char>(_term.Buffer, 0, _term.Length));
        if (lemmas.Length == 0) return true;
        if (!_term.Buffer.AsSpan(0, _term.Length).SequenceEqual(lemmas[0])) _term.SetEmpty().Append(lemmas[0]);
        if (lemmas.Length > 1)
        {
            _pending = lemmas;
            _next = 1;
            _state = CaptureState();
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
        _state = null;
    }
}
