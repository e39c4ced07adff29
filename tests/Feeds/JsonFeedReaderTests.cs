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

    [Theory]
    [InlineData("""{ "externalId": "u", "sector": "adult", "kind": "kurs", "title": "Kurs \ud800", "mode": "online" }""", "title", "surrogate")]
    [InlineData("""{ "externalId": "u", "sector": "adult", "kind": "kurs", "title": "Kurs zwykły", "mode": "online", "runs": [{ "start": "2027-01-01", "places": 5 }, { "start": "\udc00" }] }""", "runs[1].start", "surrogate")]
    [InlineData("""{ "externalId": "d", "sector": "adult", "kind": "kurs", "title": "Kurs pierwszy", "title": "Kurs drugi", "mode": "online" }""", "title", "more than once")]
    [InlineData("""{ "externalId": "d", "sector": "adult", "kind": "kurs", "title": "Kurs", "mode": "online", "locations": [{ "city": "Łódź", "city": "Zgierz" }] }""", "locations[0].city", "more than once")]
    public async Task A_lone_surrogate_or_a_duplicated_member_rejects_its_record_naming_the_field_and_the_others_are_read(string offer, string field, string reason)
    {
        var good = """{ "externalId": "ok", "sector": "adult", "kind": "kurs", "title": "Kurs dobry", "mode": "online" }""";
        var feed = await Read($$"""{ "version": 1, "offers": [ {{good}}, {{offer}} ] }""");
        Assert.Equal(["ok"], feed.Offers.Select(o => o.ExternalId));
        var problem = Assert.Single(feed.Problems);
        Assert.Equal((2, field), (problem.Row, problem.Field));
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
        Assert.Single(feed.RejectedExternalIds);

        // The write API validates one offer through the same reader: the same answer, never an exception.
        using var parsed = JsonDocument.Parse(offer);
        var (draft, problems) = JsonFeedReader.ValidateOffer(parsed.RootElement, new OfferNormaliser(new Catalogue.Vocabularies.CatalogueVocabularies()));
        Assert.Null(draft);
        Assert.Equal(field, Assert.Single(problems).Field);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("kurs 1")]
    [InlineData("-x")]
    public async Task An_external_id_the_offer_routes_cannot_address_is_rejected_naming_the_field(string id)
    {
        var feed = await Read($$"""{ "version": 1, "offers": [ { "externalId": "{{id}}", "sector": "adult", "kind": "kurs", "title": "Kurs dobry", "mode": "online" } ] }""");
        Assert.Empty(feed.Offers);
        Assert.Equal("externalId", Assert.Single(feed.Problems).Field);
        // Other formats skip the schema; the validator applies the same alphabet to them.
        var (draft, problems) = new OfferNormaliser(new Catalogue.Vocabularies.CatalogueVocabularies())
            .Normalise(new FeedOffer { ExternalId = id, Sector = "adult", Kind = "kurs", Title = "Kurs dobry", Mode = "online" });
        Assert.Null(draft);
        Assert.Equal("externalId", Assert.Single(problems).Field);
        Assert.False(ExternalIds.IsValid(id));
    }

    [Fact]
    public void External_ids_of_letters_digits_and_dot_underscore_tilde_dash_up_to_100_characters_are_valid()
    {
        Assert.All(["2027-INF-1", "a", "K.1_b~c", new string('x', 100)], id => Assert.True(ExternalIds.IsValid(id), id));
        Assert.False(ExternalIds.IsValid(new string('x', 101)));
    }

    [Fact]
    public async Task An_unknown_member_is_named_in_the_report_only_in_a_safe_short_form()
    {
        var name = "<svg onload=alert(1)>" + new string('a', 100);
        var feed = await Read($$"""{ "version": 1, "offers": [ { "externalId": "x", "sector": "adult", "kind": "kurs", "title": "Kurs dobry", "mode": "online", "{{name}}": 1 } ] }""");
        Assert.NotEmpty(feed.Problems);
        Assert.All(feed.Problems, p => Assert.True(p.Field.Length <= ReportField.MaxLength && !p.Field.Contains('<', StringComparison.Ordinal) && !p.Field.Contains(' ', StringComparison.Ordinal), p.Field));
        Assert.Contains(feed.Problems, p => p.Field.StartsWith("_svg_onload_alert(1)_aaa", StringComparison.Ordinal));
        Assert.Equal("_script_", new RecordProblem(1, "<script>", "x").Field);
    }
}
