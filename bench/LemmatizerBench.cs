using Catalogue.Indexer.Demo;
using Catalogue.Search.Morphology;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Catalogue.Bench;

/// <summary>
/// <c>lemmatizer [--regions 5] [--rounds 5]</c>: the cost of <see cref="PolishLemmaFilter"/> over the demo offers' texts
/// (title, description, outcomes, requirements, target group of several demo regions). Prints the dictionary's load time,
/// then tokens/s of: the tokenizer chain alone, Lucene's plain HunspellStemFilter (no cache), and the lemma filter with
/// its cache cold (first pass) and warm (later passes, as when indexing continues).
/// </summary>
internal static class LemmatizerBench
{
    public static int Run(string[] args)
    {
        var regions = int.Parse(Option(args, "--regions") ?? "5", CultureInfo.InvariantCulture);
        var rounds = int.Parse(Option(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        var texts = DemoTexts(regions);
        Console.WriteLine($"Text: {texts.Count:N0} fields of {regions} demo regions, {texts.Sum(t => t.Length) / 1024:N0} KiB.");

        var process = Stopwatch.StartNew();
        var lemmatizer = PolishLemmatizer.Shared;
        Console.WriteLine($"Load: {lemmatizer.LoadTime.TotalMilliseconds:N0} ms inside the lemmatizer, {process.ElapsedMilliseconds:N0} ms for the first call (first in the process, with JIT).");

        var (tokens, distinct) = Count(texts);
        Console.WriteLine($"Tokens: {tokens:N0}, distinct: {distinct:N0}.");
        Report("tokenizer + lower case + folding only", tokens, Best(rounds, () => Time(texts, s => s)));

        var directory = Path.Combine(Path.GetTempPath(), $"catalogue-hunspell-{Environment.ProcessId}");
        PolishLemmatizer.WriteDictionary(directory);
        Dictionary plain;
        var second = Stopwatch.StartNew();
        using (var aff = File.OpenRead(Path.Combine(directory, "pl_PL.aff")))
        using (var dic = File.OpenRead(Path.Combine(directory, "pl_PL.dic")))
            plain = new Dictionary(aff, [dic], ignoreCase: true);
        Console.WriteLine($"Load: {second.ElapsedMilliseconds:N0} ms for a second dictionary in the process (JIT done; uncompressed files).");
        Directory.Delete(directory, recursive: true);
        Report("+ HunspellStemFilter, no cache", tokens, Time(texts, s => new HunspellStemFilter(s, plain, dedup: true, longestOnly: false)));

        Report("+ PolishLemmaFilter, cache cold (first pass)", tokens, Time(texts, s => new PolishLemmaFilter(s, lemmatizer)));
        Report("+ PolishLemmaFilter, cache warm", tokens, Best(rounds, () => Time(texts, s => new PolishLemmaFilter(s, lemmatizer))));
        return 0;
    }

    private static List<string> DemoTexts(int regions)
    {
        var vocabularies = new CatalogueVocabularies();
        var today = new DateOnly(2026, 12, 1);
        return [.. Enumerable.Range(0, regions)
            .SelectMany(region => DemoCatalogue.Generate(today, vocabularies, 20261125 + region).OffersByProvider.Values.SelectMany(o => o))
            .SelectMany(o => new[] { o.Title, o.Description, o.AdmissionRequirements, o.TargetGroup }.Concat(o.LearningOutcomes))
            .OfType<string>()];
    }

    private static TokenStream Chain(string text, Func<TokenStream, TokenStream> last)
    {
        TokenStream stream = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(text));
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        return last(new ASCIIFoldingFilter(stream));
    }

    /// <summary>Seconds and output tokens for one pass over every text.</summary>
    private static (double Seconds, long Output) Time(List<string> texts, Func<TokenStream, TokenStream> last)
    {
        var watch = Stopwatch.StartNew();
        long output = 0;
        foreach (var text in texts)
        {
            using var stream = Chain(text, last);
            stream.Reset();
            while (stream.IncrementToken()) output++;
            stream.End();
        }
        return (watch.Elapsed.TotalSeconds, output);
    }

    private static (long Tokens, int Distinct) Count(List<string> texts)
    {
        long tokens = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            using var stream = Chain(text, s => s);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) { tokens++; distinct.Add(term.ToString()); }
            stream.End();
        }
        return (tokens, distinct.Count);
    }

    private static (double Seconds, long Output) Best(int rounds, Func<(double Seconds, long Output)> pass) =>
        Enumerable.Range(0, rounds).Select(_ => pass()).MinBy(r => r.Seconds);

    private static void Report(string what, long tokens, (double Seconds, long Output) pass) =>
        Console.WriteLine($"{what,-48} {tokens / pass.Seconds,12:N0} tokens/s  ({pass.Seconds * 1000:N0} ms, {(double)pass.Output / tokens:N2} out per token)");

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
