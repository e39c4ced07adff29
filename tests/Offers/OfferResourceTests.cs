namespace Catalogue.Tests.Offers;

[Collection(DemoCatalogueCollection.Name)]
public sealed class OfferResourceTests(DemoCatalogueFixture demo)
{
    private readonly HttpClient _client = demo.Client;

    [Fact]
    public async Task An_offer_is_readable_by_its_id_with_provider_and_labels()
    {
        var listed = (await _client.GetJsonAsync("/api/v1/offers?pageSize=1&kind=technikum")).Items().Single();
        var offer = await _client.GetJsonAsync("/api/v1/offers/" + listed.Get<string>("id"));
        Assert.Equal(listed.Get<string>("title"), offer.Get<string>("title"));
        Assert.Equal("Technikum", offer.Get<string>("kindLabel"));
        Assert.False(string.IsNullOrEmpty(offer["provider"]!.Get<string>("name")));
        Assert.NotEmpty(offer["professions"]!.AsArray());
        Assert.Equal(offer.Get<int>("prkLevel"), offer.Get<int>("eqfLevel"));
    }

    [Fact]
    public async Task Unknown_id_is_a_404_problem()
    {
        var (response, body) = await _client.GetProblemAsync("/api/v1/offers/does-not-exist");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, body!.Get<int>("status"));
        Assert.Contains("does-not-exist", body!.Get<string>("detail"));
    }

    [Fact]
    public async Task Etag_answers_304_when_the_offer_did_not_change()
    {
        var id = (await _client.GetJsonAsync("/api/v1/offers?pageSize=1")).Items().Single().Get<string>("id");
        using var first = await _client.GetAsync("/api/v1/offers/" + id);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/offers/" + id);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);

        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/v1/offers/" + id);
        other.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"stale\""));
        using var third = await _client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Polish_letters_are_not_escaped_in_responses()
    {
        using var response = await _client.GetAsync("/api/v1/vocabularies/powiats");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Łódź", text);
        Assert.DoesNotContain("\\u0141", text);
    }
}
