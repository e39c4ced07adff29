using System.Text;
using Catalogue.Tests.OpenApi;
using Catalogue.Indexer.Feeds;

namespace Catalogue.Tests.Feeds;

public sealed class JsonFeedReaderTests
{
    private static Task<FeedDocument> Read(string json) => JsonFeedReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), CancellationToken.None);

    [Fact]
    public async Task The_documented_example_reads_without_a_problem()
    {
        await using var file = File.OpenRead(Path.Combine(RepositoryRoot.Path, "schema", "examples", "learning-offer-feed.v1.example.json"));
        var feed = await JsonFeedReader.ReadAsync(file, CancellationToken.None);
        Assert.Empty(feed.Problems);
        Assert.Equal(2, feed.Offers.Count);
        Assert.True(feed.Complete);
        Assert.Equal(new DateOnly(2027, 9, 1), feed.Offers[0].Runs![0].Start);
        Assert.Equal(2, feed.Offers[1].Row);
        var normaliser = new OfferNormaliser(new Catalogue.Vocabularies.CatalogueVocabularies());
        Assert.All(feed.Offers, offer => Assert.Empty(normaliser.Normalise(offer).Problems));
    }

    [Fact]
    public async Task A_bad_offer_is_rejected_with_its_position_and_field_and_the_others_are_read()
    {
        var feed = await Read("""
            { "version": 1, "offers": [
              { "externalId": "a", "sector": "adult", "kind": "kurs", "title": "Kurs dobry", "mode": "online" },
              { "externalId": "b", "sector": "space", "kind": "kurs", "title": "Kurs zły", "mode": "online", "runs": [{ "start": "jutro" }] },
              { "externalId": "c", "sector": "adult", "kind": "kurs", "title": "Kurs też dobry", "mode": "online" }
            ] }
            """);
        Assert.Equal(["a", "c"], feed.Offers.Select(o => o.ExternalId));
        Assert.Equal(3, feed.Seen);
        Assert.All(feed.Problems, p => Assert.Equal(2, p.Row));
        Assert.Contains(feed.Problems, p => p.Field == "sector");
        Assert.Contains(feed.Problems, p => p.Field == "runs[0].start");
    }

    [Theory]
    [InlineData("{ \"version\": 1, \"offers\": [ { \"externalId\": ")]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("{ \"version\": 2, \"offers\": [] }")]
    [InlineData("{ \"version\": 1 }")]
    [InlineData("[]")]
    public async Task A_truncated_or_foreign_document_is_unusable_as_a_whole(string json) =>
        await Assert.ThrowsAsync<FeedFormatException>(() => Read(json));

    [Fact]
    public async Task Complete_false_is_read()
    {
        var feed = await Read("""{ "version": 1, "complete": false, "offers": [] }""");
        Assert.False(feed.Complete);
        Assert.Empty(feed.Offers);
    }
}
