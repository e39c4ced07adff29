namespace Catalogue.Tests.Offers;

/// <summary>
/// A query parameter an endpoint does not take is a mistake the caller cannot see if it is ignored (<c>powait=1061</c>
/// answered the whole catalogue): every operation of the document answers 400 naming it.
/// </summary>
[Collection(DemoCatalogueCollection.Name)]
public sealed class UnknownQueryParameterTests(DemoCatalogueFixture demo)
{
    private readonly HttpClient _client = demo.Client;

    [Fact]
    public async Task A_misspelt_filter_is_400_naming_it_with_the_nearest_parameter()
    {
        var (response, problem) = await _client.GetProblemAsync("/api/v1/offers?powait=1061");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Unknown parameter. Did you mean 'powiat'?", problem!["errors"]!["powait"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_get_operation_of_the_document_refuses_an_unknown_parameter_and_keeps_its_own()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var admin = demo.Factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("ApiKey", CatalogueApiFactory.AdminKey);
        var checkedPaths = 0;
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            if (item!["get"] is not { } get) continue;
            // The check runs before the handler, so any value of a path parameter will do.
            var path = System.Text.RegularExpressions.Regex.Replace(template, "{[^}]+}", "0");
            var (response, problem) = await admin.GetProblemAsync(path + "?zzUnknown=1");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest && problem?["errors"]?["zzUnknown"] is not null,
                $"GET {path}?zzUnknown=1 → {(int)response.StatusCode}: {problem}");
            var taken = (get["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "query").Select(p => p!["name"]!.GetValue<string>());
            foreach (var name in taken)
            {
                var (_, own) = await admin.GetProblemAsync($"{path}?{name}=1&zzUnknown=1");
                Assert.True(own?["errors"]?[name] is null || !own["errors"]![name]!.ToJsonString().Contains("Unknown parameter", StringComparison.Ordinal),
                    $"GET {path}: its own parameter {name} is called unknown");
            }
            checkedPaths++;
        }
        Assert.True(checkedPaths >= 12, $"only {checkedPaths} GET operations");
    }

    [Fact]
    public async Task Parameter_names_match_without_regard_to_case_as_binding_does()
    {
        var (response, _) = await _client.GetProblemAsync("/api/v1/providers?PageSize=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
