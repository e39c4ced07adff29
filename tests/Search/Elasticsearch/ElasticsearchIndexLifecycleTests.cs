namespace Catalogue.Tests.Search.Elasticsearch;

/// <summary>Index creation (mapping and analysis, with and without the stempel plugin), the checkpoint in <c>_meta</c>, and the alias swap of a rebuild.</summary>
public sealed class ElasticsearchIndexLifecycleTests
{
    private static OfferDocument Document(string id, long version = 3) => new()
    {
        Id = id, ProviderId = "p1", ProviderName = "Pracownia Łódzka", Sector = "adult", Kind = "kurs", KindLabel = "Kurs", Title = "Kurs spawania " + id,
        Mode = "stacjonarne", Status = "active", Version = version, UpdatedAt = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero),
        RunStarts = [new DateOnly(2027, 1, 15)], Cities = ["Łódź"], Powiats = ["1061"], Points = [new GeoPoint(51.7644, 19.4631)], PricePln = 900,
        Payload = """{"Offer":{"Id":"x"}}""",
    };

    [Theory]
    [InlineData("nodes-plugins-none.json", "index-fallback.json")]
    [InlineData("nodes-plugins-partial.json", "index-fallback.json")]
    [InlineData("nodes-plugins-stempel.json", "index-stempel.json")]
    public async Task The_first_write_creates_a_strict_mapping_with_the_detected_Polish_analysis(string plugins, string expected)
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        fake.Answer = r => r.Path == "/_nodes/plugins" ? FakeResponse.File(plugins) : null;
        var index = ElasticsearchTestIndex.Create(fake);
        await index.UpsertAsync([Document("of-1")], CancellationToken.None);

        var create = fake.Requests.Single(r => r.Method == "PUT" && !r.Path.EndsWith("/_mapping", StringComparison.Ordinal));
        Assert.Equal("/catalogue-offers-v3-20261126000000000", create.Path);
        ElasticsearchTestIndex.AssertJsonEqual(expected, create.Json);
        Assert.Equal("strict", (string?)create.Json!["mappings"]!["dynamic"]);
    }

    [Fact]
    public async Task The_fallback_stemmer_rule_strips_the_same_endings_as_the_embedded_stemmer()
    {
        var analysis = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "Elasticsearch", "requests", "index-fallback.json")))!;
        var rule = analysis["settings"]!["analysis"]!["filter"]!["catalogue_light_stem"]!;
        // Java and .NET agree on this subset of regex syntax (lazy quantifier, alternation, anchors).
        var regex = new System.Text.RegularExpressions.Regex((string)rule["pattern"]!);
        foreach (var word in new[] { "spawacz", "spawania", "spawalnictwo", "informatyki", "ksiegowosc", "fryzjerski", "kursow", "lodz", "ul", "szkoleniem" })
            Assert.Equal(PolishLightStemmer.Stem(word), regex.Replace(word, (string)rule["replacement"]!));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Upserts_carry_the_store_version_as_an_external_version_and_commit_refreshes_and_records_the_checkpoint()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        var index = ElasticsearchTestIndex.Create(fake);
        await index.UpsertAsync([Document("of-1", version: 7)], CancellationToken.None);
        await index.DeleteAsync(["of-gone"], CancellationToken.None);
        await index.CommitAsync(42, CancellationToken.None);

        var bulks = fake.Requests.Where(r => r.Path == "/catalogue-offers-write/_bulk").ToList();
        Assert.Equal(2, bulks.Count);
        Assert.All(bulks, b => Assert.DoesNotContain("refresh", b.Query, StringComparison.Ordinal));
        var action = bulks[0].Lines[0]["index"]!;
        Assert.Equal("of-1", (string?)action["_id"]);
        Assert.Equal(7, (long?)action["version"]);
        Assert.Equal("external", (string?)action["version_type"]);
        Assert.True((bool?)action["require_alias"]);
        var source = bulks[0].Lines[1];
        Assert.Equal("lodz", (string?)source["city"]![0]);
        Assert.Equal("2027-01-15", (string?)source["runs"]![0]!["start"]);
        Assert.Equal("2027-01", (string?)source["startMonth"]![0]);
        Assert.Equal("x", (string?)source["payload"]!["Offer"]!["Id"]);
        Assert.Equal("of-gone", (string?)bulks[1].Lines[0]["delete"]!["_id"]);

        var refresh = fake.Requests.Single(r => r.Path.EndsWith("/_refresh", StringComparison.Ordinal));
        var meta = fake.Requests.Last(r => r.Method == "PUT" && r.Path.EndsWith("/_mapping", StringComparison.Ordinal));
        Assert.True(fake.Requests.ToList().IndexOf(refresh) < fake.Requests.ToList().IndexOf(meta), "refresh, then the checkpoint");
        Assert.Equal("/catalogue-offers-write/_mapping", meta.Path);
        Assert.Equal(42, (long?)meta.Json!["_meta"]!["checkpoint"]);
    }

    [Fact]
    public async Task The_checkpoint_and_the_need_to_rebuild_are_read_from_the_write_index_meta()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        var index = ElasticsearchTestIndex.Create(fake);
        Assert.True(await index.NeedsRebuildAsync(CancellationToken.None));
        Assert.Equal(0, await index.GetCheckpointAsync(CancellationToken.None));

        fake.Answer = r => r.Method == "GET" && r.Path == "/catalogue-offers-write/_mapping" ? FakeResponse.File("mapping-meta.json") : null;
        Assert.False(await index.NeedsRebuildAsync(CancellationToken.None));
        Assert.Equal(4242, await index.GetCheckpointAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Rebuild_loads_a_new_index_verifies_the_count_swaps_both_aliases_atomically_and_deletes_the_old_index()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        const string old = "catalogue-offers-v2-20261101080000000", created = "catalogue-offers-v3-20261126000000000";
        fake.Answer = r => (r.Method, r.Path) switch
        {
            ("GET", "/_alias/catalogue-offers") => FakeResponse.File("alias-held.json"),
            ("GET", "/_alias/catalogue-offers-write") => FakeResponse.File("alias-held.json"),
            _ => null,
        };
        var index = ElasticsearchTestIndex.Create(fake, o => o.BulkBatchSize = 2);
        await index.RebuildAsync(new[] { Document("of-1"), Document("of-2"), Document("of-3") }.ToAsyncEnumerable(), 99, CancellationToken.None);

        var calls = fake.Requests.Select(r => r.ToString()).Where(c => !c.Contains("_nodes", StringComparison.Ordinal) && !c.Contains("_analyze", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            $"PUT /{created}", $"POST /{created}/_bulk", $"POST /{created}/_bulk", $"POST /{created}/_refresh", $"POST /{created}/_count",
            $"PUT /{created}/_mapping", "GET /_alias/catalogue-offers", "GET /_alias/catalogue-offers-write", "POST /_aliases", $"DELETE /{old}",
        ], calls.Select(c => c.Split('?')[0]));
        Assert.Null(fake.Requests.Single(r => r.Method == "PUT" && r.Path == $"/{created}").Json!["aliases"]);
        Assert.Equal(99, (long?)fake.Requests.Single(r => r.Path == $"/{created}/_mapping").Json!["_meta"]!["checkpoint"]);
        ElasticsearchTestIndex.AssertJsonEqual("aliases-swap.json", fake.Requests.Single(r => r.Path == "/_aliases").Json);
    }

    [Fact]
    public async Task A_rebuild_whose_count_does_not_match_leaves_the_aliases_and_deletes_the_new_index()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        var index = ElasticsearchTestIndex.Create(fake);
        // count.json says 3; two documents are sent.
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            index.RebuildAsync(new[] { Document("of-1"), Document("of-2") }.ToAsyncEnumerable(), 5, CancellationToken.None));
        Assert.DoesNotContain(fake.Requests, r => r.Path == "/_aliases");
        Assert.Contains(fake.Requests, r => r.Method == "DELETE" && r.Path == "/catalogue-offers-v3-20261126000000000");
    }
}
