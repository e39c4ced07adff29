using Catalogue.Tests.GraphQL;

namespace Catalogue.Tests.Offers;

/// <summary>
/// One validation behind two doors: the same bad value gets the same message through REST and GraphQL, each door
/// naming the field in its own terms (REST its query parameter, GraphQL its argument).
/// </summary>
[Collection(DemoCatalogueCollection.Name)]
public sealed class OfferSearchErrorNamingTests(DemoCatalogueFixture demo)
{
    private readonly HttpClient _client = demo.Client;

    [Theory]
    [InlineData("nearTown=Atlantyda", "nearTown", """near: { town: "Atlantyda" }""", "near.town")]
    [InlineData("radiusKm=600&nearTown=Kutno", "radiusKm", """near: { town: "Kutno", radiusKm: 600 }""", "near.radiusKm")]
    [InlineData("online=sometimes&nearTown=Kutno", "online", """near: { town: "Kutno", online: "sometimes" }""", "near.online")]
    [InlineData("near=91,19", "near", "near: { lat: 91, lon: 19 }", "near.lat")]
    [InlineData("levelMin=9", "levelMin", "filter: { levelMin: 9 }", "filter.levelMin")]
    [InlineData("levelMin=5&levelMax=3", "levelMax", "filter: { levelMin: 5, levelMax: 3 }", "filter.levelMax")]
    [InlineData("sector=nope", "sector", """filter: { sector: ["nope"] }""", "filter.sector")]
    [InlineData("priceMax=-1", "priceMax", "filter: { priceMax: -1 }", "filter.priceMax")]
    [InlineData("startFrom=2026-13-01", "startFrom", """filter: { startFrom: "2026-13-01" }""", "filter.startFrom")]
    [InlineData("updatedSince=yesterday", "updatedSince", """filter: { updatedSince: "yesterday" }""", "filter.updatedSince")]
    [InlineData("status=gone", "status", """filter: { status: "gone" }""", "filter.status")]
    [InlineData("sort=distance", "sort", """sort: { by: "distance" }""", "sort.by")]
    [InlineData("order=sideways", "order", """sort: { order: "sideways" }""", "sort.order")]
    [InlineData("pageSize=0", "pageSize", "first: 0", "first")]
    [InlineData("cursor=not-a-cursor", "cursor", """after: "not-a-cursor" """, "after")]
    public async Task A_bad_value_has_one_message_named_by_each_door_in_its_own_terms(
        string restQuery, string parameter, string graphQLArguments, string argument)
    {
        var (response, problem) = await _client.GetProblemAsync("/api/v1/offers?" + restQuery);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem!["errors"]!.AsObject();
        Assert.Equal([parameter], errors.Select(e => e.Key));
        var message = string.Join(" ", errors[parameter]!.AsArray().Select(m => m!.GetValue<string>()));

        var reply = await _client.PostGraphQLAsync($"{{ offers({graphQLArguments}) {{ totalCount }} }}");
        var error = reply.Body["errors"]!.AsArray().Single()!;
        Assert.Equal(argument, error["extensions"]!["data"]!["argument"]!.GetValue<string>());
        Assert.Equal($"{argument}: {message}", error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("level=abc", "level", "Must be a whole number from 1 to 8.")]
    [InlineData("page=first", "page", "Must be a whole number from 1 to 10000.")]
    [InlineData("pageSize=ten", "pageSize", "Must be a whole number from 1 to 100.")]
    [InlineData("free=maybe", "free", "Must be true or false.")]
    [InlineData("radiusKm=far&nearTown=Kutno", "radiusKm", "Must be a number of kilometres greater than 0 and at most 500.")]
    [InlineData("near=here", "near", "Must be 'latitude,longitude' in degrees, e.g. 51.7592,19.4560.")]
    public async Task Rest_names_a_value_it_cannot_read_by_its_parameter(string query, string parameter, string message)
    {
        var (response, problem) = await _client.GetProblemAsync("/api/v1/offers?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([message], problem!["errors"]![parameter]!.AsArray().Select(m => m!.GetValue<string>()));
    }
}
