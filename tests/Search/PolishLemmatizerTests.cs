using Catalogue.Search.Morphology;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Catalogue.Tests.Search;

/// <summary>The bundled folded pl_PL dictionary through <see cref="PolishLemmatizer"/> and <see cref="PolishLemmaFilter"/>.</summary>
public sealed class PolishLemmatizerTests
{
    private static readonly PolishLemmatizer Lemmatizer = PolishLemmatizer.Shared;

    /// <summary>Forms typed without Polish letters (the dictionary is folded) and their only lemma.</summary>
    [Theory]
    [InlineData("spawacza", "spawacz")]
    [InlineData("spawaczy", "spawacz")]
    [InlineData("rachunkowosci", "rachunkowosc")]
    [InlineData("sieradzu", "sieradz")]
    [InlineData("zgierzu", "zgierz")]
    [InlineData("skierniewicach", "skierniewice")]
    [InlineData("gastronomii", "gastronomia")]
    [InlineData("mechanikow", "mechanik")]
    [InlineData("pielegniarki", "pielegniarka")]
    [InlineData("fryzjerskiego", "fryzjerski")]
    [InlineData("magazyniera", "magazynier")]
    [InlineData("podyplomowych", "podyplomowy")]
    [InlineData("bezplatne", "bezplatny")]
    [InlineData("psychologii", "psychologia")]
    [InlineData("zarzadzania", "zarzadzac")]
    [InlineData("niestacjonarne", "niestacjonarny")]
    [InlineData("niepubliczne", "niepubliczny")]
    [InlineData("niepublicznej", "niepubliczny")]
    [InlineData("nieruchomosci", "nieruchomosc")]
    public void An_inflected_form_gives_its_lemma(string form, string lemma) =>
        Assert.Equal([lemma], Lemmatizer.Lemmas(form));

    /// <summary>Ambiguous forms: every reading is kept, and the one a catalogue needs is among them.</summary>
    [Theory]
    [InlineData("ksiegowej", "ksiegowy")]
    [InlineData("ksiegowych", "ksiegowa")]
    [InlineData("kursow", "kurs")]
    [InlineData("kursach", "kurs")]
    [InlineData("kursy", "kurs")]
    [InlineData("lodzi", "lodz")]
    [InlineData("szkolen", "szkolenie")]
    [InlineData("spawania", "spawanie")]
    [InlineData("informatyki", "informatyka")]
    [InlineData("studiow", "studia")]
    [InlineData("niepelnosprawnych", "niepelnosprawny")]
    [InlineData("niedzieli", "niedziela")]
    public void An_ambiguous_form_has_the_expected_lemma_among_its_lemmas(string form, string lemma) =>
        Assert.Contains(lemma, Lemmatizer.Lemmas(form));

    [Theory]
    [InlineData("niestacjonarnych")]
    [InlineData("niepelnosprawnych")]
    [InlineData("niebezpiecznych")]
    [InlineData("niedostepna")]
    public void A_negated_word_never_loses_nie(string form)
    {
        var lemmas = Lemmatizer.Lemmas(form);
        Assert.NotEmpty(lemmas);
        Assert.All(lemmas, l => Assert.StartsWith("nie", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("frontend")]
    [InlineData("qwzx")]
    [InlineData("inf03")]
    [InlineData("")]
    public void A_word_the_dictionary_does_not_know_has_no_lemmas(string word) => Assert.Empty(Lemmatizer.Lemmas(word));

    [Theory]
    [InlineData("kurs")]
    [InlineData("spawacz")]
    [InlineData("technikum")]
    public void A_known_word_that_is_its_own_lemma_is_known(string word) => Assert.Contains(word, Lemmatizer.Lemmas(word));

    [Fact]
    public void The_filter_puts_every_lemma_at_the_word_position_and_passes_unknown_words_through()
    {
        var tokens = Analyse("kursy spawania frontend sieradzu");

        Assert.Equal(Lemmatizer.Lemmas("kursy").Select(l => (l, 0)).Concat(Lemmatizer.Lemmas("spawania").Select(l => (l, 1)))
            .Append(("frontend", 2)).Append(("sieradz", 3)), tokens);
        Assert.True(Lemmatizer.Lemmas("spawania").Count >= 2, "spawania should be ambiguous (spawanie, spawac), so the test covers stacking");
    }

    [Fact]
    public void The_filter_starts_clean_after_a_reset_in_the_middle_of_a_stacked_word()
    {
        var analyzer = new LemmaAnalyzer();
        using (var stream = analyzer.GetTokenStream("f", "spawania"))
        {
            stream.Reset();
            Assert.True(stream.IncrementToken());   // abandoned with lemmas still pending
        }
        Assert.Equal([("sieradz", 0)], Analyse("sieradzu", analyzer));
    }

    [Fact]
    public async Task Parallel_lookups_and_a_concurrent_load_give_the_same_lemmas_as_one_thread()
    {
        string[] words = ["spawacza", "ksiegowej", "kursow", "niestacjonarne", "lodzi", "frontend", "studiow", "sieradzu", "szkolen", "informatyki"];
        var expected = words.Select(w => string.Join(',', Lemmatizer.Lemmas(w))).ToList();

        var answers = new System.Collections.Concurrent.ConcurrentBag<(int Word, string Lemmas)>();
        void Lookups(PolishLemmatizer lemmatizer, int count) => Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            answers.Add((i % words.Length, string.Join(',', lemmatizer.Lemmas(words[i % words.Length])))));

        // A second load while other threads stem: its temp files must not collide with anyone's, its cache starts cold.
        var loading = Task.Run(PolishLemmatizer.Load);
        Lookups(Lemmatizer.WithCacheCapacity(1_000), 2_000);
        Lookups(await loading, 2_000);

        Assert.All(answers, a => Assert.Equal(expected[a.Word], a.Lemmas));
    }

    [Fact]
    public void The_cache_stays_within_its_bound_and_answers_stay_right()
    {
        var lemmatizer = Lemmatizer.WithCacheCapacity(5);
        string[] words = ["spawacza", "sieradzu", "kursow", "gastronomii", "niedzieli", "zgierzu", "mechanikow", "bezplatne"];
        for (var round = 0; round < 3; round++)
        {
            foreach (var word in words)
            {
                Assert.Equal(Lemmatizer.Lemmas(word), lemmatizer.Lemmas(word));
                Assert.InRange(lemmatizer.CachedWords, 1, 5);
            }
        }
    }

    [Fact]
    public void The_written_dictionary_is_utf8_and_stems_folded_words_with_lucene_alone()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"catalogue-hunspell-{Guid.NewGuid():N}");
        try
        {
            PolishLemmatizer.WriteDictionary(directory);
            Assert.Equal("SET UTF-8", File.ReadLines(Path.Combine(directory, "pl_PL.aff")).First());
            using var aff = File.OpenRead(Path.Combine(directory, "pl_PL.aff"));
            using var dic = File.OpenRead(Path.Combine(directory, "pl_PL.dic"));
            var dictionary = new Dictionary(aff, [dic], ignoreCase: false);
            using var stream = new HunspellStemFilter(new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new StringReader("spawacza rachunkowosci")), dictionary, dedup: true, longestOnly: false);
            Assert.Equal([("spawacz", 0), ("rachunkowosc", 1)], Tokens(stream));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_indexer_cli_exports_the_dictionary_for_elasticsearch()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"catalogue-hunspell-{Guid.NewGuid():N}", "pl_PL");
        try
        {
            var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Catalogue.Indexer.Cli.dll"), "export-hunspell", "--to", directory])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(info)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 0, output);
            Assert.True(new FileInfo(Path.Combine(directory, "pl_PL.dic")).Length > 3_000_000, "the .dic is written uncompressed");
            Assert.True(File.Exists(Path.Combine(directory, "pl_PL.aff")));
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);
        }
    }

    private sealed class LemmaAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader);
            return new TokenStreamComponents(source, new PolishLemmaFilter(source, Lemmatizer));
        }
    }

    private static List<(string Term, int Position)> Analyse(string text, Analyzer? analyzer = null)
    {
        using var stream = (analyzer ?? new LemmaAnalyzer()).GetTokenStream("f", text);
        return Tokens(stream);
    }

    private static List<(string Term, int Position)> Tokens(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var tokens = new List<(string, int)>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }
        stream.End();
        return tokens;
    }
}
