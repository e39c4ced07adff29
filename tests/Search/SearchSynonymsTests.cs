namespace Catalogue.Tests.Search;

public sealed class SearchSynonymsTests
{
    private static SearchSynonyms Synonyms(string file, Func<string, IEnumerable<string>>? extraForms = null) =>
        SearchSynonyms.Parse(new StringReader(file), extraForms);

    private static IReadOnlyList<string> Query(string text) => SearchSynonyms.PhraseWords(text);

    /// <summary>The phrase as the file compares it: its words' stems, so inflected or unaccented repeats count as the same.</summary>
    private static string Key(string phrase) => string.Join(' ', SearchSynonyms.PhraseWords(phrase).Select(PolishLightStemmer.Stem));

    [Theory]
    [InlineData("darmowy\treason")]
    [InlineData("darmowy | \treason")]
    [InlineData("darmowy | w | bezpłatny\treason")]
    [InlineData("darmowy | bezpłatny")]
    [InlineData("darmowy | bezpłatny\t  ")]
    public void A_malformed_line_is_rejected_naming_its_line(string malformed)
    {
        var file = $"# header\n\nzaoczne | niestacjonarne\tstudy mode\n{malformed}\n";
        var error = Assert.Throws<FormatException>(() => Synonyms(file));
        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_word_finds_the_other_names_of_its_group_folded()
    {
        var match = Assert.Single(Synonyms("Darmowy | bezpłatny | za darmo\tprice\n").Match(Query("darmowy kurs spawania")));
        Assert.Equal((0, 1), (match.Start, match.Length));
        Assert.Equal(["bezplatny", "darmo"], match.Alternatives);
    }

    [Fact]
    public void A_multi_word_phrase_is_found_inside_a_longer_query()
    {
        var synonyms = Synonyms("wózek widłowy | operator wózków jezdniowych | widlak\tUDT\n");
        var match = Assert.Single(synonyms.Match(Query("kurs wozek widlowy lodz")));
        Assert.Equal((1, 2), (match.Start, match.Length));
        Assert.Equal(["operator wozkow jezdniowych", "widlak"], match.Alternatives);
    }

    [Theory]
    [InlineData("darmowe szkolenie")]
    [InlineData("bezplatnych kursow")]
    [InlineData("studia zaocznych")]
    public void Inflected_query_words_match_a_phrase_by_stem(string query)
    {
        var synonyms = Synonyms("darmowy | bezpłatny\tprice\nzaoczne | niestacjonarne\tmode\n");
        Assert.NotEmpty(synonyms.Match(Query(query)));
    }

    [Fact]
    public void Extra_forms_join_words_the_stemmer_does_not()
    {
        const string file = "wózek widłowy | widlak\tUDT\n";
        // "wozkow" and "wozek" differ by a fleeting vowel: no light stem joins them, a dictionary lemma does.
        Assert.Empty(Synonyms(file).Match(Query("wozkow widlowych")));
        var withLemmas = Synonyms(file, word => word == "wozkow" ? ["wozek"] : []);
        Assert.Equal(["widlak"], Assert.Single(withLemmas.Match(Query("wozkow widlowych"))).Alternatives);
    }

    [Fact]
    public void The_longest_phrase_wins()
    {
        var synonyms = Synonyms("prawo | law\tfield\nprawo jazdy | prawko\tlicence\n");
        var match = Assert.Single(synonyms.Match(Query("prawo jazdy kat c")));
        Assert.Equal((0, 2), (match.Start, match.Length));
        Assert.Equal(["prawko"], match.Alternatives);
    }

    [Fact]
    public void Matches_do_not_overlap_and_go_left_to_right()
    {
        var synonyms = Synonyms("alfa beta | gamma\tone\nbeta delta | epsilon\ttwo\ndelta | zeta\tthree\n");
        var matches = synonyms.Match(Query("alfa beta delta"));
        Assert.Equal([(0, 2), (2, 1)], matches.Select(m => (m.Start, m.Length)));
        Assert.Equal(["gamma"], matches[0].Alternatives);
    }

    [Fact]
    public void A_query_without_synonyms_is_matched_without_allocating()
    {
        // Match runs on every search: a query with nothing to expand must cost lookups only.
        var synonyms = SearchSynonyms.Default;
        string[] words = ["kurs", "lodzi", "b2", "wieczorem"];
        Assert.Empty(synonyms.Match(words));
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) synonyms.Match(words);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1000, "Match allocated on a query without synonyms");
    }

    [Fact]
    public void Words_with_no_synonym_match_nothing() =>
        Assert.Empty(Synonyms("darmowy | bezpłatny\tprice\n").Match(Query("kurs spawania w Łodzi")));

    [Fact]
    public void Every_phrase_of_the_file_matches_itself_and_offers_only_the_other_phrases()
    {
        var wrong = new List<string>();
        foreach (var group in SearchSynonyms.Default.Groups)
        {
            foreach (var phrase in group.Phrases)
            {
                var words = SearchSynonyms.PhraseWords(phrase);
                var expected = group.Phrases.Where(p => p != phrase).Select(p => string.Join(' ', SearchSynonyms.PhraseWords(p)));
                var matches = SearchSynonyms.Default.Match(words);
                if (matches is not [var match] || match.Start != 0 || match.Length != words.Count || !match.Alternatives.SequenceEqual(expected))
                    wrong.Add($"line {group.Line}: \"{phrase}\" → {string.Join("; ", matches.Select(m => $"{m.Start}+{m.Length} [{string.Join(", ", m.Alternatives)}]"))}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void The_file_has_at_least_300_groups_each_with_a_reason()
    {
        var groups = SearchSynonyms.Default.Groups;
        Assert.True(groups.Count >= 300, $"{groups.Count} groups");
        Assert.All(groups, g => Assert.False(string.IsNullOrWhiteSpace(g.Reason), $"line {g.Line} has no reason"));
        Assert.All(groups, g => Assert.True(g.Phrases.Count >= 2, $"line {g.Line} has one phrase"));
    }

    [Fact]
    public void No_phrase_appears_twice_after_folding_and_stemming()
    {
        var repeated = SearchSynonyms.Default.Groups
            .SelectMany(g => g.Phrases.Select(p => (Key: Key(p), Phrase: p, g.Line)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Where(same => same.Count() > 1)
            .Select(same => $"\"{same.Key}\": {string.Join(", ", same.Select(p => $"\"{p.Phrase}\" (line {p.Line})"))}")
            .ToList();
        Assert.True(repeated.Count == 0, "Phrases repeated:\n" + string.Join('\n', repeated));
    }
}

/// <summary>
/// No synonym expands to nothing: every group names something the demo catalogue contains, read from the store (not
/// through search, which itself expands synonyms and so would prove nothing).
/// </summary>
[Collection(DemoCatalogueCollection.Name)]
public sealed class SearchSynonymsDemoTests(DemoCatalogueFixture demo)
{
    [Fact]
    public async Task Every_group_has_a_phrase_that_occurs_in_a_demo_offer()
    {
        var offers = await DemoOfferStems();
        Assert.True(offers.Count > 100, $"only {offers.Count} demo offers");
        var missing = SearchSynonyms.Default.Groups
            .Where(g => !g.Phrases.Any(p => Occurs(p, offers)))
            .Select(g => $"line {g.Line}: {string.Join(" | ", g.Phrases)}")
            .ToList();
        Assert.True(missing.Count == 0, "Groups with no phrase in any demo offer:\n" + string.Join('\n', missing));
    }

    private static bool Occurs(string phrase, List<HashSet<string>> offers)
    {
        var stems = SearchSynonyms.PhraseWords(phrase).Select(PolishLightStemmer.Stem).ToList();
        return offers.Any(offer => stems.All(offer.Contains));
    }

    /// <summary>Each demo offer as the set of stems of its title, description, profession and qualification names.</summary>
    private async Task<List<HashSet<string>>> DemoOfferStems()
    {
        await using var scope = demo.Factory.Services.CreateAsyncScope();
        var vocabularies = scope.ServiceProvider.GetRequiredService<CatalogueVocabularies>();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var offers = await db.Offers.AsNoTracking()
            .Select(o => new { o.Title, o.Description, o.ProfessionCodes, o.QualificationCodes })
            .ToListAsync();
        return [.. offers.Select(o => new[] { o.Title, o.Description ?? "" }
            .Concat(o.ProfessionCodes.Select(c => vocabularies.Professions.Find(c)?.Label ?? c))
            .Concat(o.QualificationCodes.Select(c => vocabularies.Qualifications.Find(c)?.Label ?? c))
            .SelectMany(SearchSynonyms.PhraseWords)
            .Select(PolishLightStemmer.Stem)
            .ToHashSet(StringComparer.Ordinal))];
    }
}
