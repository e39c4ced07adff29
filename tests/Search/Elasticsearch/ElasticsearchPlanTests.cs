namespace Catalogue.Tests.Search.Elasticsearch;

/// <summary>
/// The cluster engine runs the same plan as the embedded one: word counts asked first decide the typo clause and
/// the "did you mean", a strict search that finds nothing is rerun relaxed, and text with nothing to search by sends
/// no search at all. Answers come from the fake cluster; the ranking itself is the conformance suite's (with a cluster).
/// </summary>
public sealed class ElasticsearchPlanTests
{
    private static bool IsWordCount(RecordedRequest r) => r.Path.EndsWith("/_search", StringComparison.Ordinal) && r.Json?["suggest"] is not null;

    private static FakeResponse WordCounts(long named, long known, params (string Text, long Freq)[] options) => new(200, new JsonObject
    {
        ["took"] = 1, ["timed_out"] = false,
        ["hits"] = new JsonObject { ["hits"] = new JsonArray() },
        ["aggregations"] = new JsonObject { ["words"] = new JsonObject { ["buckets"] = new JsonObject
        {
            ["named0"] = new JsonObject { ["doc_count"] = named }, ["known0"] = new JsonObject { ["doc_count"] = known },
        } } },
        ["suggest"] = new JsonObject
        {
            ["w0f0"] = new JsonArray(new JsonObject
            {
                ["text"] = "tapiter", ["offset"] = 0, ["length"] = 7,
                ["options"] = new JsonArray([.. options.Select(o => new JsonObject { ["text"] = o.Text, ["score"] = 0.8, ["freq"] = o.Freq })]),
            }),
        },
    }.ToJsonString());

    [Fact]
    public async Task The_word_count_search_asks_for_each_word_its_title_and_profession_offers_and_neighbours()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        var index = ElasticsearchTestIndex.Create(fake);
        await index.SearchAsync(new OfferQuery { Text = "tapiter w Sieradzu INF.03" }, CancellationToken.None);
        ElasticsearchTestIndex.AssertJsonEqual("words-count.json", fake.Requests.Single(IsWordCount).Json);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(0, true)]
    [InlineData(4, false)]
    public async Task Only_a_word_few_offers_name_gets_the_typo_clause(long offers, bool fuzzy)
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        fake.Answer = r => IsWordCount(r) ? WordCounts(offers, offers) : null;
        var index = ElasticsearchTestIndex.Create(fake);
        await index.SearchAsync(new OfferQuery { Text = "tapiter" }, CancellationToken.None);
        Assert.Equal(fuzzy, ElasticsearchRequestBodyTests.Searches(fake).Single().Body.Contains("\"fuzziness\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_word_gets_the_closest_index_word_and_a_known_word_none()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        fake.Answer = r => IsWordCount(r) ? WordCounts(0, 0, ("tapicer", 3), ("tapicerka", 9), ("tapiterr", 40)) : null;
        var index = ElasticsearchTestIndex.Create(fake);
        var unknown = await index.SearchAsync(new OfferQuery { Text = "Tapiter" }, CancellationToken.None);
        // One edit each; the one more offers use wins, and the word as typed is replaced.
        Assert.Equal("tapiterr", unknown.Interpretation!.DidYouMean);

        fake.Answer = r => IsWordCount(r) ? WordCounts(2, 2, ("tapicer", 3)) : null;
        var known = await index.SearchAsync(new OfferQuery { Text = "tapiter" }, CancellationToken.None);
        Assert.Null(known.Interpretation!.DidYouMean);
    }

    [Fact]
    public async Task A_strict_search_without_hits_is_rerun_with_one_word_required_and_said_so()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        var index = ElasticsearchTestIndex.Create(fake);
        var result = await index.SearchAsync(new OfferQuery { Text = "renowacja mebli dawnych" }, CancellationToken.None);
        var searches = ElasticsearchRequestBodyTests.Searches(fake);
        Assert.Equal(2, searches.Count);
        Assert.Contains("\"minimum_should_match\":2", searches[0].Body, StringComparison.Ordinal);
        Assert.Contains("\"minimum_should_match\":1", searches[1].Body, StringComparison.Ordinal);
        Assert.True(result.Interpretation!.Relaxed);
        Assert.Equal(1, result.Interpretation.Plan.Relaxed().MinimumShouldMatch);

        fake.Answer = r => r.Path.EndsWith("/_search", StringComparison.Ordinal) && !IsWordCount(r) ? FakeResponse.File("search-hits.json") : null;
        var found = await index.SearchAsync(new OfferQuery { Text = "renowacja mebli dawnych" }, CancellationToken.None);
        Assert.False(found.Interpretation!.Relaxed);
        Assert.Equal(3, ElasticsearchRequestBodyTests.Searches(fake).Count);
    }

    [Fact]
    public async Task One_required_word_is_never_relaxed()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        var index = ElasticsearchTestIndex.Create(fake);
        var one = await index.SearchAsync(new OfferQuery { Text = "renowacja" }, CancellationToken.None);
        Assert.Equal(1, one.Interpretation!.Plan.MinimumShouldMatch);
        Assert.False(one.Interpretation.Relaxed);
        Assert.Single(ElasticsearchRequestBodyTests.Searches(fake));
    }

    [Fact]
    public async Task Text_of_stop_words_only_sends_no_search_and_is_explained()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        var index = ElasticsearchTestIndex.Create(fake);
        var result = await index.SearchAsync(new OfferQuery { Text = "w na do i" }, CancellationToken.None);
        Assert.Empty(result.Hits);
        Assert.Equal(0, result.Total);
        Assert.True(result.Interpretation!.Plan.NothingToSearch);
        Assert.Equal(["w", "na", "do", "i"], result.Interpretation.Plan.Ignored);
        Assert.DoesNotContain(fake.Requests, r => r.Path.EndsWith("/_search", StringComparison.Ordinal));
    }
}
