namespace Catalogue.Tests.Search;

/// <summary>
/// How every engine reads q (issue 14): stop words, how many words are required, coverage, relaxed search, "did you
/// mean", places, modes, free and kind words as preferences, codes as text, typos in endings and prefixes. The offers
/// named here use invented words (<see cref="ConformanceOffers"/>), so each assertion compares exactly them.
/// </summary>
public abstract partial class SearchConformanceTests<TFixture>
{
    private static string Id(string externalId) => SearchCatalogueFixture.IdOf(externalId);

    private static int Rank(List<string> ids, string externalId) => ids.IndexOf(Id(externalId)) is var i and >= 0 ? i : int.MaxValue;

    [SkippableFact]
    public async Task Stop_words_are_dropped_and_listed_as_ignored()
    {
        var result = await Search(new OfferQuery { Text = "zyrgolit dla i w", PageSize = 100 });
        Assert.Equal(await Ids("zyrgolit"), result.Hits.Select(h => h.Id).ToList());
        Assert.Contains(Id("zyrgolit"), result.Hits.Select(h => h.Id));
        Assert.Equal(["dla", "i", "w"], result.Interpretation!.Plan.Ignored);
    }

    [SkippableFact]
    public async Task One_or_two_words_are_all_required()
    {
        var both = await Ids("wombelek frastulny");
        Assert.Contains(Id("wombelek-frastulny"), both);
        Assert.DoesNotContain(Id("wombelek"), both);
        Assert.Contains(Id("wombelek"), await Ids("wombelek"));
    }

    [SkippableFact]
    public async Task Three_words_need_two_and_more_words_covered_rank_higher()
    {
        var result = await Search(new OfferQuery { Text = "kwintal brozny melik", PageSize = 100 });
        var ids = result.Hits.Select(h => h.Id).ToList();
        Assert.Equal(2, result.Interpretation!.Plan.MinimumShouldMatch);
        Assert.False(result.Interpretation.Relaxed);
        Assert.DoesNotContain(Id("kwintal-1"), ids);
        Assert.True(Rank(ids, "kwintal-3") < Rank(ids, "kwintal-2"), "three words covered rank above two");
        Assert.True(Rank(ids, "kwintal-2") < ids.Count, "two of three words are enough");
    }

    [SkippableFact]
    public async Task Stop_words_only_find_nothing_and_say_why()
    {
        var result = await Search(new OfferQuery { Text = "w na do", PageSize = 100 });
        Assert.Empty(result.Hits);
        Assert.Equal(0, result.Total);
        Assert.True(result.Interpretation!.Plan.NothingToSearch);
        Assert.Equal(["w", "na", "do"], result.Interpretation.Plan.Ignored);
    }

    [SkippableFact]
    public async Task A_strict_search_without_hits_is_relaxed_and_says_so_and_only_then()
    {
        var relaxed = await Search(new OfferQuery { Text = "wombelek kwintal melik trombul", PageSize = 100 });
        Assert.True(relaxed.Interpretation!.Relaxed);
        var ids = relaxed.Hits.Select(h => h.Id).ToList();
        Assert.Contains(Id("wombelek"), ids);
        Assert.Contains(Id("kwintal-3"), ids);
        Assert.True(Rank(ids, "kwintal-3") < Rank(ids, "wombelek"), "relaxed still ranks by coverage");

        var strict = await Search(new OfferQuery { Text = "wombelek frastulny", PageSize = 100 });
        Assert.False(strict.Interpretation!.Relaxed);
        Assert.NotEmpty(strict.Hits);
    }

    [SkippableFact]
    public async Task An_unknown_word_gets_a_did_you_mean_and_known_words_none()
    {
        var typo = await Search(new OfferQuery { Text = "wombelik frastulny", PageSize = 10 });
        Assert.Equal("wombelek frastulny", typo.Interpretation!.DidYouMean);
        var known = await Search(new OfferQuery { Text = "wombelek frastulny", PageSize = 10 });
        Assert.Null(known.Interpretation!.DidYouMean);
    }

    [SkippableFact]
    public async Task A_typo_in_the_ending_of_an_unknown_word_still_finds_it()
    {
        Assert.Contains(Id("wombelek-frastulny"), await Ids("frastulmy"));
        Assert.Contains(Id("zyrgolit"), await Ids("zyrgolot"));
    }

    [SkippableTheory]
    [InlineData("gęśliczka w Sieradzu")]
    [InlineData("gesliczka z Sieradza")]
    [InlineData("gesliczka sieradzu")]
    [InlineData("GĘŚLICZKA SIERADZ")]
    public async Task A_town_in_any_form_ranks_its_offers_first_online_next_and_filters_nothing_out(string text)
    {
        var result = await Search(new OfferQuery { Text = text, PageSize = 100 });
        Assert.Contains(result.Interpretation!.Plan.Terms, t => t is { Type: UnderstoodTypes.City, Value: "sieradz" });
        var ids = result.Hits.Select(h => h.Id).ToList();
        Assert.Equal(0, Rank(ids, "gesliczka-sieradz"));
        Assert.Equal(1, Rank(ids, "gesliczka-online"));
        Assert.Contains(Id("gesliczka-lodz"), ids);
        // The provider named "… Sieradz" has its offer in Łódź: the town word does not pull it up.
        Assert.Contains(OfferId.From(ConformanceOffers.TownNamedProviderId, "gesliczka-provider"), ids.Skip(2));
    }

    [SkippableFact]
    public async Task Lodz_in_the_locative_is_understood()
    {
        var result = await Search(new OfferQuery { Text = "gęśliczka w Łodzi", PageSize = 100 });
        Assert.Contains(result.Interpretation!.Plan.Terms, t => t is { Type: UnderstoodTypes.City, Value: "lodz" });
        var ids = result.Hits.Select(h => h.Id).ToList();
        Assert.True(Rank(ids, "gesliczka-lodz") < Rank(ids, "gesliczka-online"));
        Assert.True(Rank(ids, "gesliczka-online") < Rank(ids, "gesliczka-sieradz"));
    }

    [SkippableTheory]
    [InlineData("pluszkowanie zdalnie", "pluszkowanie-online", "pluszkowanie-stacjonarne")]
    [InlineData("pluszkowanie online", "pluszkowanie-online", "pluszkowanie-stacjonarne")]
    [InlineData("pluszkowanie stacjonarnie", "pluszkowanie-stacjonarne", "pluszkowanie-online")]
    [InlineData("darmowe brzdąkanie", "brzdakanie-darmowe", "brzdakanie-platne")]
    [InlineData("brzdąkanie za darmo", "brzdakanie-darmowe", "brzdakanie-platne")]
    [InlineData("warsztaty frymuśnictwo", "frymusnictwo-warsztaty", "frymusnictwo-kurs")]
    public async Task Mode_free_and_kind_words_are_preferences_not_filters(string text, string first, string second)
    {
        var ids = await Ids(text);
        Assert.Equal(0, Rank(ids, first));
        Assert.Equal(1, Rank(ids, second));
    }

    [SkippableTheory]
    [InlineData("INF.03")]
    [InlineData("inf03")]
    [InlineData("inf 03")]
    [InlineData("Inf.03 kurs")]
    public async Task A_qualification_code_in_any_spelling_ranks_its_offers_first(string text)
    {
        var offers = await Offers(new OfferQuery { Text = text, PageSize = 5 });
        Assert.NotEmpty(offers);
        Assert.Contains("INF.03", offers[0].QualificationCodes);
    }

    [SkippableFact]
    public async Task Profession_isced_and_level_codes_rank_their_offers_first()
    {
        Assert.Contains("351203", (await Offers(new OfferQuery { Text = "351203" }))[0].ProfessionCodes);
        Assert.Contains("0613", (await Offers(new OfferQuery { Text = "0613" }))[0].IscedCodes);
        Assert.Equal(6, (await Offers(new OfferQuery { Text = "PRK 6" }))[0].PrkLevel);
        Assert.Equal(6, (await Offers(new OfferQuery { Text = "poziom 6" }))[0].PrkLevel);
    }

    [SkippableFact]
    public async Task The_last_word_matches_as_a_prefix_below_whole_words()
    {
        var whole = await Ids("grzmotka");
        Assert.True(Rank(whole, "grzmotka") < Rank(whole, "grzmotkarstwo"), "the whole word first, the prefix match after it");
        Assert.True(Rank(whole, "grzmotkarstwo") < whole.Count);
        var typing = await Ids("grzmo");
        Assert.Contains(Id("grzmotka"), typing);
        Assert.Contains(Id("grzmotkarstwo"), typing);
        // A finished word (a space after it) is not a prefix, nor is a stub of two letters.
        Assert.DoesNotContain(Id("grzmotka"), await Ids("grzmo "));
    }
}
