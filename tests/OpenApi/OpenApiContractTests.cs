using System.Globalization;
using System.Net.Http.Headers;

namespace Catalogue.Tests.OpenApi;

/// <summary>
/// What the OpenAPI document says is what the API does: typed query parameters (ranges and enums) accept their valid
/// values and refuse the rest; request bodies with <c>additionalProperties: false</c> and <c>required</c> refuse an
/// unknown or missing member; offer bodies are the feed schema; the documented statuses are answered as problems.
/// </summary>
[Collection(DemoCatalogueCollection.Name)]
public sealed class OpenApiContractTests(DemoCatalogueFixture demo)
{
    private readonly HttpClient _client = demo.Client;

    private async Task<JsonNode> DocumentAsync() => JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json"))!;

    private static JsonNode Operation(JsonNode document, string path, string method) => document["paths"]![path]![method]!;

    private static IEnumerable<JsonNode> QueryParameters(JsonNode operation) =>
        (operation["parameters"]?.AsArray() ?? []).Select(p => p!).Where(p => p["in"]!.GetValue<string>() == "query");

    [Fact]
    public async Task Every_enum_and_range_of_the_offer_search_is_what_the_search_accepts()
    {
        var document = await DocumentAsync();
        var checkedParameters = 0;
        foreach (var parameter in QueryParameters(Operation(document, "/api/v1/offers", "get")))
        {
            var name = parameter["name"]!.GetValue<string>();
            var schema = parameter["schema"]!;
            var scalar = schema["items"] ?? schema;
            if (scalar["enum"] is JsonArray values)
            {
                // sort=distance needs a point, as its description says.
                var context = name == "sort" ? "&nearTown=Kutno" : "";
                foreach (var value in values.Take(6)) await AssertAcceptedAsync($"/api/v1/offers?{name}={Uri.EscapeDataString(value!.GetValue<string>())}&pageSize=1&facets=false{context}", name);
                await AssertRefusedAsync($"/api/v1/offers?{name}=zz-not-a-value", name);
                checkedParameters++;
            }
            // page is also bounded by page × pageSize ≤ 10,000, which the description states.
            if (name != "page" && scalar["minimum"] is { } min && scalar["maximum"] is { } max && scalar["type"]?.ToString() == "integer")
            {
                var (low, high) = (int.Parse(min.ToString(), CultureInfo.InvariantCulture), int.Parse(max.ToString(), CultureInfo.InvariantCulture));
                await AssertAcceptedAsync($"/api/v1/offers?{name}={low}&facets=false", name);
                await AssertAcceptedAsync($"/api/v1/offers?{name}={high}&facets=false", name);
                await AssertRefusedAsync($"/api/v1/offers?{name}={low - 1}", name);
                await AssertRefusedAsync($"/api/v1/offers?{name}={high + 1}", name);
                await AssertRefusedAsync($"/api/v1/offers?{name}=1.5", name);
                checkedParameters++;
            }
        }
        Assert.True(checkedParameters >= 12, $"only {checkedParameters} typed parameters");
    }

    [Theory]
    [InlineData("/api/v1/admin/providers", "CreateProviderRequest", """{"id":"contract-school","name":"Szkoła","type":"school"}""")]
    [InlineData("/api/v1/admin/keys", "IssueKeyRequest", """{"name":"sekretariat"}""")]
    public async Task A_body_refuses_what_its_schema_refuses_and_takes_what_it_allows(string path, string component, string valid)
    {
        var document = await DocumentAsync();
        var schema = document["components"]!["schemas"]![component]!;
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        var required = schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.NotEmpty(required);
        var admin = demo.Factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", CatalogueApiFactory.AdminKey);

        var extra = JsonNode.Parse(valid)!.AsObject();
        extra["isDemo"] = true;
        await AssertBodyRefusedAsync(admin, path, extra, "isDemo");
        foreach (var member in required)
        {
            var missing = JsonNode.Parse(valid)!.AsObject();
            missing.Remove(member);
            await AssertBodyRefusedAsync(admin, path, missing, member);
            var nulled = JsonNode.Parse(valid)!.AsObject();
            Assert.DoesNotContain("null", schema["properties"]![member]!["type"]!.ToJsonString(), StringComparison.Ordinal);
            nulled[member] = null;
            await AssertBodyRefusedAsync(admin, path, nulled, member);
        }
        using var accepted = await admin.PostAsync(path, new StringContent(valid, Encoding.UTF8, "application/json"));
        Assert.True(accepted.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{path} {valid} → {(int)accepted.StatusCode}");
    }

    [Fact]
    public async Task Offer_bodies_are_the_feed_schema_and_the_json_upload_a_feed_document()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!;
        string BodyRef(string path, string method, string mediaType) =>
            Operation(document, path, method)["requestBody"]!["content"]![mediaType]!["schema"]!["$ref"]!.GetValue<string>();
        Assert.Equal("#/components/schemas/OfferBody", BodyRef("/api/v1/providers/{providerId}/offers/{externalId}", "put", "application/json"));
        Assert.Equal("#/components/schemas/OfferPatch", BodyRef("/api/v1/providers/{providerId}/offers/{externalId}", "patch", "application/merge-patch+json"));
        Assert.Equal("#/components/schemas/FeedDocument", BodyRef("/api/v1/providers/{providerId}/uploads", "post", "application/json"));

        var feed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "schema", "learning-offer-feed.v1.schema.json")))!;
        var offer = feed["$defs"]!["offer"]!;
        Assert.Equal(offer["properties"]!.AsObject().Select(p => p.Key), schemas["OfferBody"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.DoesNotContain("externalId", schemas["OfferBody"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.False(schemas["OfferBody"]!["additionalProperties"]!.GetValue<bool>());
        Assert.Equal("object", schemas["FeedDocument"]!["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/v1/providers/{id}", "/api/v1/providers/no-such-provider")]
    [InlineData("/api/v1/vocabularies/{name}", "/api/v1/vocabularies/no-such-vocabulary")]
    [InlineData("/api/v1/offers/{id}", "/api/v1/offers/of-0000000000000000")]
    public async Task A_missing_resource_is_a_documented_404_problem(string template, string path)
    {
        var document = await DocumentAsync();
        var response = Operation(document, template, "get")["responses"]!["404"];
        Assert.NotNull(response?["content"]?["application/problem+json"]);
        using var answer = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_documented_error_is_a_problem_and_every_operation_documents_400_and_429()
    {
        var document = await DocumentAsync();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var responses = operation!["responses"]!.AsObject();
                Assert.True(responses.ContainsKey("400") && responses.ContainsKey("429"), $"{method} {path} lacks 400 or 429");
                foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
                    Assert.True(response!["content"]?["application/problem+json"] is not null, $"{method} {path} {status} is not a problem");
            }
        }
    }

    private async Task AssertAcceptedAsync(string url, string name)
    {
        var (response, body) = await _client.GetProblemAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} ({name}) → {(int)response.StatusCode}: {body}");
    }

    private async Task AssertRefusedAsync(string url, string name)
    {
        var (response, body) = await _client.GetProblemAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest && body?["errors"]?[name] is not null, $"{url} → {(int)response.StatusCode}: {body}");
    }

    private static async Task AssertBodyRefusedAsync(HttpClient client, string path, JsonObject body, string member)
    {
        using var response = await client.PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest && JsonNode.Parse(text)?["errors"]?[member] is not null, $"{path} {body.ToJsonString()} → {(int)response.StatusCode}: {text}");
    }
}
