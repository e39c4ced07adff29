using System.Text.Json;
using Catalogue.Tests.OpenApi;

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

    [Theory]
    [InlineData("""{ "externalId": "s", "sector": "space", "kind": "kurs", "title": "Kurs", "mode": "online", "prkLevel": "pięć", "id": "of-1", "runs": [{ "start": "jutro" }] }""")]
    [InlineData("""{ "externalId": "n", "sector": "adult", "kind": "nieznany", "title": "K", "mode": "teleport", "url": "ftp://x", "contactEmail": "nie-mail", "runs": [{ "start": "2027-03-01", "end": "2027-02-01" }] }""")]
    [InlineData("""{ "externalId": "v", "sector": "adult", "kind": "kurs", "title": "Kurs dobry", "mode": "stacjonarne", "pricePln": 900, "locations": [{ "city": "Pabianice" }] }""")]
    public async Task One_offer_validated_on_its_own_gets_exactly_what_the_same_offer_gets_in_a_feed(string offer)
    {
        var normaliser = new OfferNormaliser(new Catalogue.Vocabularies.CatalogueVocabularies());
        var inFeed = NormalisedFeed.From("p", await Read($$"""{ "version": 1, "offers": [ {{offer}} ] }"""), normaliser);

        using var parsed = JsonDocument.Parse(offer);
        var (draft, problems) = JsonFeedReader.ValidateOffer(parsed.RootElement, normaliser);

        Assert.Equal(inFeed.Problems, problems);
        Assert.Equal(inFeed.Drafts.Select(Catalogue.Offers.OfferWriter.ContentHash), draft is null ? [] : [Catalogue.Offers.OfferWriter.ContentHash(draft)]);
    }

    [Fact]
    public void Every_schema_error_of_one_offer_is_reported_at_once()
    {
        using var parsed = JsonDocument.Parse("""{ "externalId": "s", "sector": "space", "kind": "kurs", "title": "Kurs", "mode": "online", "prkLevel": "pięć", "id": "of-1" }""");
        var (draft, problems) = JsonFeedReader.ValidateOffer(parsed.RootElement, new OfferNormaliser(new Catalogue.Vocabularies.CatalogueVocabularies()));
        Assert.Null(draft);
        Assert.Equal(["id", "prkLevel", "sector"], problems.Select(p => p.Field).Distinct().Order(StringComparer.Ordinal));
    }
}
