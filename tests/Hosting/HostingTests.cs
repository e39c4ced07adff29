using System.Net.Http.Headers;

namespace Catalogue.Tests.Hosting;

[Collection(DemoCatalogueCollection.Name)]
public sealed class HostingTests(DemoCatalogueFixture demo)
{
    private readonly HttpClient _client = demo.Client;

    [Fact]
    public async Task Health_endpoints_answer_when_ready()
    {
        using var live = await _client.GetAsync("/health/live");
        using var ready = await _client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Browsers_on_other_origins_may_read_the_open_data()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/offers?pageSize=1");
        request.Headers.Add("Origin", "https://portal.example.org");
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Responses_carry_nosniff_and_are_compressed_when_asked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/offers?pageSize=50");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await _client.SendAsync(request);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/api/v1/offers/does-not-exist")]
    [InlineData("/api/v1/offers?pageSize=-1&powiat=%00")]
    [InlineData("/api/v1/nothing-here")]
    public async Task Error_bodies_are_problems_without_stack_traces_or_paths(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{url} → {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(" at Catalogue", body);
        Assert.DoesNotContain(Path.GetTempPath(), body);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/api/v1/vocabularies")]
    [InlineData("/api/v1/vocabularies/powiats")]
    [InlineData("/api/v1/offers?pageSize=1")]
    [InlineData("/api/v1/providers?pageSize=1")]
    public async Task HEAD_answers_wherever_GET_does_with_the_same_headers_and_no_body(string url)
    {
        using var get = await _client.GetAsync(url);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HEAD_of_one_offer_carries_its_ETag_and_a_write_only_route_still_refuses_it()
    {
        var id = (await _client.GetJsonAsync("/api/v1/offers?pageSize=1&facets=false")).Items().Single().Get<string>("id");
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/api/v1/offers/{id}"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.NotNull(head.Headers.ETag);
        using var writeOnly = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/admin/providers"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, writeOnly.StatusCode);
    }
}
