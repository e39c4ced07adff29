using Catalogue.Tests.Publishing;

namespace Catalogue.Tests.Properties;

/// <summary>Found by the endpoint properties: a refused key with <c>Accept: text/html</c> was a bare 500.</summary>
[Collection(DemoCatalogueCollection.Name)]
public sealed class ProblemNegotiationTests(DemoCatalogueFixture demo)
{
    [Theory]
    [InlineData("text/html")]
    [InlineData("image/png")]
    public async Task A_refused_key_is_a_401_problem_whatever_the_client_accepts(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/providers/zs-elektryczny-lodz/feeds");
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey cat_unknown_0123456789abcdef0123456789");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await demo.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<int>());
    }
}
