namespace Catalogue.Tests.Search;

/// <summary>How a query is read into a plan, without an engine: places, codes, the lexicon, stop words and the minimum to match.</summary>
public sealed class QueryUnderstandingTests
{
    private static readonly QueryUnderstanding Understanding = QueryUnderstanding.Default;

    private static SearchPlan Plan(string text) => Understanding.Plan(text);

    private static List<string> Text(SearchPlan plan) => [.. plan.Units.Where(u => u.Code is null).SelectMany(u => u.Words)];

    [Theory]
    [InlineData("spawanie Łódź", "lodz")]
    [InlineData("spawanie w Łodzi", "lodz")]
    [InlineData("spawanie w lodzi", "lodz")]
    [InlineData("SPAWANIE W ŁODZI", "lodz")]
    [InlineData("spawanie z Sieradza", "sieradz")]
    [InlineData("spawanie sieradzu", "sieradz")]
    [InlineData("spawanie z Piotrkowa", "piotrkow trybunalski")]
    [InlineData("spawanie Piotrków", "piotrkow trybunalski")]
    [InlineData("spawanie w Piotrkowie Trybunalskim", "piotrkow trybunalski")]
    [InlineData("spawanie w Zduńskiej Woli", "zdunska wola")]
    [InlineData("spawanie zdunska wola", "zdunska wola")]
    [InlineData("spawanie w Głownie", "glowno")]
    public void A_town_in_any_case_and_form_is_understood_and_leaves_the_rest_as_text(string text, string town)
    {
        var plan = Plan(text);
        var place = Assert.Single(plan.Terms, t => t.Type == UnderstoodTypes.City);
        Assert.Equal(town, place.Value);
        Assert.Equal(["spawanie"], Text(plan));
    }

    [Theory]
    [InlineData("kurs powiat zgierski", "1020")]
    [InlineData("kurs w powiecie zgierskim", "1020")]
    [InlineData("zgierski powiat", "1020")]
    [InlineData("powiat zduńskowolski", "1019")]
    public void A_powiat_needs_the_word_powiat_beside_its_adjective(string text, string code)
    {
        var powiat = Assert.Single(Plan(text).Terms, t => t.Type == UnderstoodTypes.Powiat);
        Assert.Equal(code, powiat.Value);
        Assert.DoesNotContain(Plan("zgierski kurs").Terms, t => t.Type == UnderstoodTypes.Powiat);
    }

    [Theory]
    [InlineData("główna księgowa")]
    [InlineData("warta zachodu")]
    [InlineData("piątek wieczór")]
    [InlineData("w głownie myśli")]
    public void A_common_word_that_is_also_a_town_is_not_a_place(string text)
    {
        var plan = Plan(text);
        Assert.DoesNotContain(plan.Terms, t => t.Type is UnderstoodTypes.City or UnderstoodTypes.Powiat);
        Assert.NotEmpty(Text(plan));
    }

    [Theory]
    [InlineData("INF.03", UnderstoodTypes.Qualification, "INF.03")]
    [InlineData("inf03", UnderstoodTypes.Qualification, "INF.03")]
    [InlineData("inf 03", UnderstoodTypes.Qualification, "INF.03")]
    [InlineData("Inf-03", UnderstoodTypes.Qualification, "INF.03")]
    [InlineData("351203", UnderstoodTypes.Profession, "351203")]
    [InlineData("0613", UnderstoodTypes.Isced, "0613")]
    [InlineData("PRK 5", UnderstoodTypes.Level, "5")]
    [InlineData("prk5", UnderstoodTypes.Level, "5")]
    [InlineData("poziom 5", UnderstoodTypes.Level, "5")]
    [InlineData("poziom PRK 6", UnderstoodTypes.Level, "6")]
    public void Codes_in_any_spelling_become_one_code_unit(string text, string type, string value)
    {
        var plan = Plan(text);
        var unit = Assert.Single(plan.Units);
        Assert.NotNull(unit.Code);
        Assert.Equal(type, unit.Code!.Type);
        Assert.Equal(value, unit.Code.Value);
        Assert.Contains(plan.Terms, t => t.Type == type && t.Value == value);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("123456")]
    [InlineData("xyz 77")]
    [InlineData("poziom 9")]
    public void Numbers_and_letters_no_vocabulary_knows_stay_text(string text)
    {
        var plan = Plan(text);
        Assert.All(plan.Units, u => Assert.Null(u.Code));
        Assert.DoesNotContain(plan.Terms, t => UnderstoodTypes.IsCode(t.Type));
    }

    [Theory]
    [InlineData("spawanie zdalnie", UnderstoodTypes.Mode, "online")]
    [InlineData("spawanie online", UnderstoodTypes.Mode, "online")]
    [InlineData("informatyka zaocznie", UnderstoodTypes.Mode, "niestacjonarne")]
    [InlineData("informatyka weekendowo", UnderstoodTypes.Mode, "niestacjonarne")]
    [InlineData("informatyka stacjonarnie", UnderstoodTypes.Mode, "stacjonarne")]
    [InlineData("darmowy spawanie", UnderstoodTypes.Free, "true")]
    [InlineData("spawanie za darmo", UnderstoodTypes.Free, "true")]
    [InlineData("bezpłatny spawanie", UnderstoodTypes.Free, "true")]
    [InlineData("technikum informatyka", UnderstoodTypes.Kind, "technikum")]
    [InlineData("studia podyplomowe informatyka", UnderstoodTypes.Kind, "podyplomowe")]
    [InlineData("KKZ informatyka", UnderstoodTypes.Kind, "kkz")]
    [InlineData("kurs spawania", UnderstoodTypes.Kind, "kurs")]
    public void Delivery_free_and_kind_words_are_understood_and_stay_optional_text(string text, string type, string value)
    {
        var plan = Plan(text);
        Assert.Contains(plan.Terms, t => t.Type == type && t.Value == value);
        Assert.Single(plan.Units);
        Assert.NotEmpty(plan.OptionalWords);
    }

    [Fact]
    public void The_longest_lexicon_phrase_wins()
    {
        var plan = Plan("studia podyplomowe zarządzanie");
        Assert.Equal(["podyplomowe"], plan.Terms.Where(t => t.Type == UnderstoodTypes.Kind).Select(t => t.Value));
        Assert.Equal(["zarzadzanie"], Text(plan));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    [InlineData(6, 4)]
    [InlineData(8, 5)]
    [InlineData(10, 6)]
    public void The_minimum_to_match_is_all_of_two_all_but_one_of_four_then_sixty_percent(int units, int minimum) =>
        Assert.Equal(minimum, SearchPlan.MinimumFor(units));

    [Fact]
    public void Stop_words_are_ignored_and_only_stop_words_leave_nothing_to_search()
    {
        var plan = Plan("kursy dla spawaczy w Łodzi i okolicy");
        Assert.Contains("dla", plan.Ignored);
        Assert.Contains("i", plan.Ignored);
        Assert.DoesNotContain("dla", Text(plan));
        var nothing = Plan("w na do i");
        Assert.True(nothing.NothingToSearch);
        Assert.Empty(nothing.Units);
        Assert.Equal(["w", "na", "do", "i"], nothing.Ignored);
        Assert.False(Plan("online w Łodzi").NothingToSearch);
    }

    [Fact]
    public void The_last_word_is_a_prefix_only_while_typed_and_of_three_letters()
    {
        Assert.True(Plan("spawanie prog").Units[^1].Prefix);
        Assert.False(Plan("spawanie prog ").Units[^1].Prefix);
        Assert.False(Plan("spawanie pr").Units[^1].Prefix);
        Assert.False(Plan("prog spawanie").Units[0].Prefix);
    }

    [Fact]
    public void Relaxed_requires_one_unit_and_keeps_everything_else()
    {
        var plan = Plan("renowacja mebli dawnych w Łodzi");
        var relaxed = plan.Relaxed();
        Assert.Equal(2, plan.MinimumShouldMatch);
        Assert.Equal(1, relaxed.MinimumShouldMatch);
        Assert.Equal(plan.Units, relaxed.Units);
        Assert.Equal(plan.Terms, relaxed.Terms);
    }

    [Fact]
    public void Synonyms_from_the_matcher_become_alternatives_of_one_unit()
    {
        var synonyms = SearchSynonyms.Parse(new StringReader("prawo jazdy | kierowca\tdriving licence, as people name it"));
        var understanding = new QueryUnderstanding(new Catalogue.Vocabularies.CatalogueVocabularies(), synonyms);
        var plan = understanding.Plan("prawo jazdy Zgierz");
        var unit = Assert.Single(plan.Units);
        Assert.Equal(["prawo", "jazdy"], unit.Words);
        Assert.Equal(["kierowca"], unit.Alternatives);
        Assert.Equal(1, plan.MinimumShouldMatch);
    }
}
