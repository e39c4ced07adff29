namespace Catalogue.Tests.Search;

/// <summary>
/// The search behaviour every engine must have, written against <see cref="ISearchIndex"/> only. Each engine runs this
/// class unchanged through a subclass that supplies its fixture.
/// </summary>
public abstract partial class SearchConformanceTests<TFixture>(TFixture fixture) where TFixture : SearchCatalogueFixture
{
    protected TFixture Fixture { get; } = fixture;

    protected Task<OfferSearchResult> Search(OfferQuery query) => Fixture.Index.SearchAsync(query, CancellationToken.None);

    protected async Task<List<string>> Ids(string text, int pageSize = 100) =>
        (await Search(new OfferQuery { Text = text, PageSize = pageSize })).Hits.Select(h => h.Id).ToList();

    protected async Task<List<LearningOffer>> Offers(OfferQuery query) =>
        await Fixture.OffersAsync((await Search(query with { PageSize = 100 })).Hits.Select(h => h.Id));

    [SkippableFact]
    public async Task Diacritics_and_case_do_not_matter()
    {
        var forms = new[] { "lodz", "Lodz", "ŁÓDŹ", "łódź" };
        var results = new List<List<string>>();
        foreach (var form in forms) results.Add((await Search(new OfferQuery { Text = form, PageSize = 100, Sort = OfferSort.Title })).Hits.Select(h => h.Id).ToList());
        Assert.NotEmpty(results[0]);
        Assert.All(results, r => Assert.Equal(results[0], r));
        Assert.Contains(SearchCatalogueFixture.IdOf("zaleznosc"), await Ids("zaleznosc"));
    }

    [SkippableTheory]
    [InlineData("spawacz", "spaw")]
    [InlineData("spawania", "spaw")]
    [InlineData("spawanie", "spaw")]
    [InlineData("spawalnictwo", "spaw")]
    [InlineData("informatyka", "informat")]
    [InlineData("informatyki", "informat")]
    [InlineData("informatyk", "informat")]
    [InlineData("księgowość", "księgow")]
    [InlineData("księgowej", "księgow")]
    [InlineData("księgowy", "księgow")]
    [InlineData("fryzjer", "fryzjer")]
    [InlineData("fryzjerstwo", "fryzjer")]
    [InlineData("fryzjerski", "fryzjer")]
    public async Task Any_inflected_form_finds_the_offers_about_it(string word, string titleStem)
    {
        var result = await Search(new OfferQuery { Text = word, PageSize = 10 });
        Assert.NotEmpty(result.Hits);
        var offers = await Fixture.OffersAsync(result.Hits.Select(h => h.Id));
        Assert.Contains(titleStem, offers[0].Title, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task One_typo_still_finds_the_word_but_ranks_below_the_exact_word()
    {
        Assert.NotEmpty(await Ids("infromatyka"));
        Assert.NotEmpty(await Ids("mechanik samochodowu"));
        var ids = await Ids("tapicer");
        var exact = ids.IndexOf(SearchCatalogueFixture.IdOf("tapicer-exact"));
        var typo = ids.IndexOf(SearchCatalogueFixture.IdOf("tapicer-typo"));
        Assert.True(exact >= 0 && typo >= 0, "both the exact and the one-typo title are found");
        Assert.True(exact < typo, "the exact word ranks first");
    }

    [SkippableFact]
    public async Task Title_beats_description_phrase_beats_scattered_words_upcoming_beats_past()
    {
        var bednarz = await Ids("bednarz");
        Assert.True(bednarz.IndexOf(SearchCatalogueFixture.IdOf("bednarz-title")) < bednarz.IndexOf(SearchCatalogueFixture.IdOf("bednarz-text")));
        Assert.Contains(SearchCatalogueFixture.IdOf("bednarz-text"), bednarz);
        var renowacja = await Ids("renowacja mebli");
        Assert.True(renowacja.IndexOf(SearchCatalogueFixture.IdOf("renowacja-phrase")) < renowacja.IndexOf(SearchCatalogueFixture.IdOf("renowacja-scattered")));
        var introligator = await Ids("introligatorstwo");
        Assert.True(introligator.IndexOf(SearchCatalogueFixture.IdOf("introligator-upcoming")) < introligator.IndexOf(SearchCatalogueFixture.IdOf("introligator-past")));
    }

    [SkippableFact]
    public async Task Highlights_mark_the_matched_words_and_are_html_safe()
    {
        var result = await Search(new OfferQuery { Text = "gięcie", PageSize = 5 });
        var hit = result.Hits.Single(h => h.Id == SearchCatalogueFixture.IdOf("html"));
        var title = hit.Highlights["title"];
        Assert.Contains("<mark>", title);
        Assert.Contains("&amp;", title);
        Assert.Contains("&lt;blach&gt;", title);
        Assert.DoesNotContain("<blach>", title);
    }

    [SkippableFact]
    public async Task A_mistyped_word_highlights_the_word_it_found()
    {
        var result = await Search(new OfferQuery { Text = "infromatyka", PageSize = 5 });
        Assert.Contains(result.Hits, h => h.Highlights.TryGetValue("title", out var title) && title.Contains("<mark>", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Query_syntax_is_just_text()
    {
        var result = await Search(new OfferQuery { Text = ")(*&^ AND OR title:spaw* \"", PageSize = 5 });
        Assert.NotNull(result);
    }

    [SkippableFact]
    public async Task Suggestions_complete_a_prefix()
    {
        var suggestions = await Fixture.Index.SuggestAsync("prog", 10, CancellationToken.None);
        Assert.NotEmpty(suggestions);
        Assert.True(suggestions.Count <= 10);
        Assert.All(suggestions, s => Assert.Contains(" prog", " " + Catalogue.Search.PolishFolding.Fold(s.Text)));
    }
}
