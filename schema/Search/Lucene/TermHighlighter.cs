using System.Text;
using Lucene.Net.Analysis.TokenAttributes;

namespace Catalogue.Search.Lucene;

/// <summary>
/// Marks, in a stored text, every word whose analysed form is one of the search's terms (its words, synonyms and the
/// typo neighbours it looked for). Everything else is HTML-encoded, so a snippet is safe to insert into a page as is.
/// Cheaper than Lucene's highlighter, which rewrites typo queries against the index for every result.
/// </summary>
internal sealed class TermHighlighter(PolishAnalyzer analyzer, IReadOnlySet<string> queryTerms)
{
    /// <summary>The marked text, cut to a window of about <paramref name="fragmentLength"/> characters around the first match when given; null when nothing matches.</summary>
    public string? Highlight(string text, int? fragmentLength = null)
    {
        var matches = Matches(text);
        if (matches.Count == 0) return null;
        var (from, to) = (0, text.Length);
        if (fragmentLength is { } length && text.Length > length)
        {
            from = WordStart(text, Math.Max(0, matches[0].Start - length / 4));
            to = WordEnd(text, Math.Min(text.Length, from + length));
        }
        var html = new StringBuilder(to - from + 32);
        if (from > 0) html.Append("… ");
        var position = from;
        foreach (var (start, end) in matches)
        {
            if (start < from || end > to) continue;
            html.Append(Encode(text[position..start])).Append("<mark>").Append(Encode(text[start..end])).Append("</mark>");
            position = end;
        }
        html.Append(Encode(text[position..to]));
        if (to < text.Length) html.Append(" …");
        return html.ToString();
    }

    private List<(int Start, int End)> Matches(string text)
    {
        var matches = new List<(int, int)>();
        using var stream = analyzer.GetTokenStream(LuceneOfferFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            if (queryTerms.Contains(word)) matches.Add((offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return matches;
    }

    /// <summary>Escapes what HTML needs (&amp; &lt; &gt; " '); Polish letters stay as they are, unlike WebUtility's encoder.</summary>
    internal static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return encoded.ToString();
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1])) index--;
        return index;
    }

    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index])) index++;
        return index;
    }
}
