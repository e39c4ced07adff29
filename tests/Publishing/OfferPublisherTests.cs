using Catalogue.Api.Publishing;
using Catalogue.Api.Publishing.Offers;
using Catalogue.Api.Security;

namespace Catalogue.Tests.Publishing;

/// <summary>The write side validates a body as the feeds do, all errors at once, and tells an unchanged write apart.</summary>
[Collection(PublishingCollection.Name)]
public sealed class OfferPublisherTests(OfferPublisherTests.Host host) : IClassFixture<OfferPublisherTests.Host>
{
    public sealed class Host : PublishingHost;

    // Wrong only in what the normaliser checks (vocabularies, dates, places, prices): the schema passes it.
    private const string BadInManyWays =
        """{"sector":"adult","kind":"nieznany-rodzaj","title":"Kurs z wieloma błędami","mode":"stacjonarne","isFree":true,"pricePln":100,"qualificationCodes":["XYZ.99"],"runs":[{"start":"2027-03-01","end":"2027-02-01"}],"locations":[{"city":"Atlantyda"}]}""";

    // Wrong in shape: the schema refuses it before the normaliser sees it.
    private const string BadInShape =
        """{"sector":"space","kind":"kurs","title":"K","mode":"teleport","url":"ftp://example.org/","contactEmail":"nie-mail","prkLevel":"pięć","runs":[{"start":"jutro"}]}""";

    private const string Rich =
        """{"sector":"adult","kind":"kurs","title":"Kurs spawania MAG","description":"<p>Opis <b>kursu</b></p>","mode":"stacjonarne","durationHours":145,"isFree":false,"pricePln":2800,"funding":["kfs"],"languages":["pl","en"],"learningOutcomes":["spawa blachy"],"contactEmail":"kursy@example.org","url":"https://example.org/mag","runs":[{"start":"2027-02-08","end":"2027-03-19","places":10}],"locations":[{"city":"Pabianice","address":"ul. Zamkowa 1"}]}""";

    private async Task<HttpClient> SchoolAsync(string providerId)
    {
        await host.CreateReadyClientAsync();
        return host.CreateClient().WithKey(await host.CreateProviderWithKeyAsync(providerId));
    }

    private static async Task<Dictionary<string, string[]>> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        return errors.ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => m!.GetValue<string>()).ToArray());
    }

    [Fact]
    public async Task A_put_body_with_several_invalid_fields_gets_every_error_in_one_400()
    {
        var school = await SchoolAsync("pub-many-errors");
        using var put = await school.PutOfferAsync("pub-many-errors", "M-1", BadInManyWays);
        var errors = await ErrorsOf(put);
        Assert.Equal(["kind", "locations[0].powiatCode", "pricePln", "qualificationCodes", "runs[0].end"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["The run ends before it starts."], errors["runs[0].end"]);
        Assert.Equal(["An offer marked free has no price; remove the price or isFree."], errors["pricePln"]);

        using var misshapen = await school.PutOfferAsync("pub-many-errors", "M-2", BadInShape);
        Assert.Equal(["contactEmail", "mode", "prkLevel", "runs[0].start", "sector", "title", "url"], (await ErrorsOf(misshapen)).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, (await school.GetJsonAsync("/api/v1/providers/pub-many-errors/offers")).Get<int>("total"));
    }

    [Fact]
    public async Task A_feed_file_and_a_put_body_get_the_same_errors_for_the_same_offer()
    {
        var school = await SchoolAsync("pub-same-errors");
        var feed = $$"""{"version":1,"offers":[{{WithId(BadInManyWays, "S-1")}},{{WithId(BadInShape, "S-2")}}]}""";
        using var posted = await school.PostAsync("/api/v1/providers/pub-same-errors/uploads?mode=validate", new StringContent(feed, Encoding.UTF8, "application/json"));
        var report = await school.WaitForUploadAsync(posted.Headers.Location!.ToString());
        Assert.Equal(("validated", 2), (report.Get<string>("status"), report.Get<int>("rejected")));
        var rows = report["report"]!.AsArray().Select(r => (Row: r!.Get<int>("row"), Field: r!.Get<string>("field"), Message: r!.Get<string>("message"))).ToList();

        foreach (var (row, externalId, body) in new[] { (1, "S-1", BadInManyWays), (2, "S-2", BadInShape) })
        {
            using var put = await school.PutOfferAsync("pub-same-errors", externalId, body);
            var fromPut = (await ErrorsOf(put)).SelectMany(e => e.Value.Select(m => (e.Key, m))).Order().ToList();
            var fromFeed = rows.Where(r => r.Row == row).Select(r => (r.Field, r.Message)).Distinct().Order().ToList();
            Assert.NotEmpty(fromFeed);
            Assert.Equal(fromFeed, fromPut);
        }
    }

    [Fact]
    public async Task A_patch_that_changes_nothing_is_an_unchanged_write_with_the_same_etag()
    {
        var school = await SchoolAsync("pub-unchanged");
        using var put = await school.PutOfferAsync("pub-unchanged", "U-1", Rich);
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var etag = put.Headers.ETag!.ToString();

        using var patch = await school.PatchOfferAsync("pub-unchanged", "U-1", """{"title":"Kurs spawania MAG","durationHours":145}""", etag);
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal(etag, patch.Headers.ETag!.ToString());
        var own = (await school.GetJsonAsync("/api/v1/providers/pub-unchanged/offers")).Items().Single();
        Assert.Equal((1L, etag), (own.Get<long>("version"), own.Get<string>("eTag")));
        var audit = (await school.GetJsonAsync("/api/v1/providers/pub-unchanged/audit?pageSize=100")).Items().First(e => e.Get<string>("action") == "offer.patch");
        Assert.Equal(audit.Get<string>("beforeHash"), audit.Get<string>("afterHash"));

        await using var scope = host.Services.CreateAsyncScope();
        var publisher = scope.ServiceProvider.GetRequiredService<OfferPublisher>();
        var result = await publisher.PatchAsync(new Caller(null, true, null), "pub-unchanged", "U-1", [], new WritePrecondition(etag, ""), CancellationToken.None);
        Assert.Equal(PublishOutcome.Unchanged, Assert.IsType<PublishResult.Written>(result).Outcome);
        var changed = await publisher.PatchAsync(new Caller(null, true, null), "pub-unchanged", "U-1", new JsonObject { ["durationHours"] = 150 }, new WritePrecondition(etag, ""), CancellationToken.None);
        Assert.Equal(PublishOutcome.Updated, Assert.IsType<PublishResult.Written>(changed).Outcome);
    }

    private static string WithId(string offer, string externalId) => $$"""{"externalId":"{{externalId}}",{{offer[1..]}}""";
}
