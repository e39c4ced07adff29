using Catalogue.Search.Elasticsearch;

namespace Catalogue.Tests.Search.Elasticsearch;

/// <summary>Recorded-shape answers read back into the contract: hits, highlights, sort values, aggregations, bulk item errors, 429 and 503.</summary>
public sealed class ElasticsearchResponseTests
{
    private static OfferDocument Document(string id) => new()
    {
        Id = id, ProviderId = "p1", ProviderName = "Pracownia", Sector = "adult", Kind = "kurs", KindLabel = "Kurs", Title = "Kurs " + id,
        Mode = "online", Status = "active", Version = 2,
    };

    private static bool IsBulk(RecordedRequest r) => r.Path.EndsWith("/_bulk", StringComparison.Ordinal);

    [Fact]
    public async Task Hits_bring_their_card_highlights_distance_and_a_cursor_and_aggregations_become_facets()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        fake.Answer = r => r.Path.EndsWith("/_search", StringComparison.Ordinal) ? FakeResponse.File("search-hits.json") : null;
        var index = ElasticsearchTestIndex.Create(fake);
        var result = await index.SearchAsync(new OfferQuery { Text = "tapicer", PageSize = 2, Near = new GeoFilter(51.7644, 19.4631, null, IncludeOnline: true) }, CancellationToken.None);

        Assert.Equal(["of-tapicer-exact", "of-tapicer-typo"], result.Hits.Select(h => h.Id));
        Assert.Equal("Kurs tapicer meblowy", result.Hits[0].Card!.Title);
        Assert.Equal("Pracownia Testowa Rzemiosł", result.Hits[0].Card!.ProviderName);
        Assert.Equal(7.25, result.Hits[0].Score);
        Assert.Equal("Kurs <mark>tapicer</mark> meblowy", result.Hits[0].Highlights["title"]);
        Assert.Equal("Praktyczne zajęcia w pracowni <mark>tapicerskiej</mark>.", result.Hits[0].Highlights["description"]);
        Assert.Equal("Kurs <mark>tapiter</mark> &amp; &lt;meblowy&gt;", result.Hits[1].Highlights["title"]);
        Assert.False(result.Hits[1].Highlights.ContainsKey("description"));
        Assert.Equal(0, result.Hits[0].DistanceKm);
        Assert.InRange(result.Hits[1].DistanceKm!.Value, 45, 60);
        Assert.Equal(OfferSearchResult.TotalLimit, result.Total);
        Assert.True(result.TotalIsLowerBound);
        Assert.NotNull(result.NextCursor);

        Assert.Equal(FacetNames.All, result.Facets.Select(f => f.Name));
        Assert.Equal([("adult", 6000L), ("vocational", 4000L), ("higher", 250L)], Values(result, FacetNames.Sector));
        Assert.Equal([("kurs", 6000L), ("kkz", 2000L), ("technikum", 2000L)], Values(result, FacetNames.Kind));
        Assert.Equal([("2026-12", 500L), ("2027-01", 900L)], Values(result, FacetNames.StartMonth));
        Assert.Empty(Values(result, FacetNames.Level));
    }

    private static List<(string, long)> Values(OfferSearchResult result, string facet) =>
        [.. result.Facets.Single(f => f.Name == facet).Values.Select(v => (v.Value, v.Count))];

    [Fact]
    public async Task The_last_page_has_no_cursor_and_a_missing_index_is_an_empty_result()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        fake.Answer = r => r.Path.EndsWith("/_search", StringComparison.Ordinal) ? FakeResponse.File("search-hits.json") : null;
        var index = ElasticsearchTestIndex.Create(fake);
        var last = await index.SearchAsync(new OfferQuery { Text = "tapicer", PageSize = 3 }, CancellationToken.None);
        Assert.Equal(3, last.Hits.Count);
        Assert.Null(last.NextCursor);

        fake.Answer = r => r.Path.EndsWith("/_search", StringComparison.Ordinal) ? FakeResponse.File("index-not-found.json", 404) : null;
        var none = await index.SearchAsync(new OfferQuery(), CancellationToken.None);
        Assert.Empty(none.Hits);
        Assert.Equal(0, none.Total);
    }

    [Fact]
    public async Task A_bulk_with_mixed_item_errors_retries_the_refused_item_accepts_the_conflict_and_throws_for_the_permanent_failure()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        var bulks = 0;
        fake.Answer = r => IsBulk(r) && Interlocked.Increment(ref bulks) == 1 ? FakeResponse.File("bulk-mixed.json") : null;
        var index = ElasticsearchTestIndex.Create(fake);

        var failure = await Assert.ThrowsAsync<ElasticsearchBulkException>(() =>
            index.UpsertAsync([Document("of-a"), Document("of-b"), Document("of-c"), Document("of-d")], CancellationToken.None));
        Assert.Single(failure.Failures);
        Assert.Contains("of-d", failure.Failures[0], StringComparison.Ordinal);
        Assert.Contains("document_parsing_exception", failure.Failures[0], StringComparison.Ordinal);

        var retried = fake.Requests.Where(IsBulk).ToList();
        Assert.Equal(2, retried.Count);
        Assert.Equal(["of-c"], retried[1].Lines.Where(l => l["index"] is not null).Select(l => (string?)l["index"]!["_id"]));
    }

    [Fact]
    public async Task Items_refused_with_429_are_sent_again_until_accepted()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        var bulks = 0;
        fake.Answer = r => IsBulk(r) && Interlocked.Increment(ref bulks) <= 2
            ? FakeResponse.Bulk(r, i => (429, "es_rejected_execution_exception", "rejected execution of primary operation")) : null;
        var index = ElasticsearchTestIndex.Create(fake);
        await index.UpsertAsync([Document("of-a"), Document("of-b")], CancellationToken.None);
        Assert.Equal(3, fake.Requests.Count(IsBulk));
    }

    [Fact]
    public async Task A_whole_bulk_refused_with_429_is_retried_and_a_cluster_that_keeps_refusing_is_unavailable()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        var bulks = 0;
        fake.Answer = r => IsBulk(r) && Interlocked.Increment(ref bulks) == 1 ? FakeResponse.File("too-many-requests.json", 429) : null;
        var index = ElasticsearchTestIndex.Create(fake);
        await index.UpsertAsync([Document("of-a")], CancellationToken.None);
        Assert.Equal(2, fake.Requests.Count(IsBulk));

        fake.Answer = r => IsBulk(r) ? FakeResponse.File("too-many-requests.json", 429) : null;
        var unavailable = await Assert.ThrowsAsync<SearchUnavailableException>(() => index.UpsertAsync([Document("of-a")], CancellationToken.None));
        Assert.Equal(TimeSpan.FromSeconds(7), unavailable.RetryAfter);
        Assert.Equal(2 + 4, fake.Requests.Count(IsBulk));
    }

    [Fact]
    public async Task A_503_from_a_red_cluster_makes_search_unavailable_with_a_retry_hint()
    {
        await using var fake = await FakeElasticsearch.StartAsync();
        fake.Answer = r => r.Path.EndsWith("/_search", StringComparison.Ordinal) ? FakeResponse.File("unavailable.json", 503) : null;
        var index = ElasticsearchTestIndex.Create(fake);
        var unavailable = await Assert.ThrowsAsync<SearchUnavailableException>(() => index.SearchAsync(new OfferQuery { Text = "x" }, CancellationToken.None));
        Assert.Equal(TimeSpan.FromSeconds(7), unavailable.RetryAfter);
        Assert.Contains("503", unavailable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_cluster_is_unavailable_for_every_call()
    {
        var options = new ElasticsearchOptions { Url = new Uri($"http://127.0.0.1:{ClosedPort.Find()}"), RetryAfter = TimeSpan.FromSeconds(3) };
        var index = new ElasticsearchSearchIndex(options, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<ElasticsearchSearchIndex>.Instance);
        await Assert.ThrowsAsync<SearchUnavailableException>(() => index.SearchAsync(new OfferQuery { Text = "x" }, CancellationToken.None));
        await Assert.ThrowsAsync<SearchUnavailableException>(() => index.GetCheckpointAsync(CancellationToken.None));
        await Assert.ThrowsAsync<SearchUnavailableException>(() => index.NeedsRebuildAsync(CancellationToken.None));
        await Assert.ThrowsAsync<SearchUnavailableException>(() => index.UpsertAsync([Document("of-a")], CancellationToken.None));
    }
}

/// <summary>A loopback port nothing listens on: connections are refused at once.</summary>
internal static class ClosedPort
{
    public static int Find()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
