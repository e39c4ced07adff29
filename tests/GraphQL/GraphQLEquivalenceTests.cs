namespace Catalogue.Tests.GraphQL;

/// <summary>
/// The same searches through REST and GraphQL against the demo catalogue: the same offers in the same order, the same
/// totals, distances and facet counts. Both doors build their query with one parser, so this guards the door code
/// (argument renaming, paging, facet shaping), not the engine.
/// </summary>
[Collection(DemoCatalogueCollection.Name)]
public sealed class GraphQLEquivalenceTests(DemoCatalogueFixture demo)
{
    private const string Search = """
        query($query: String, $filter: OfferFilter, $sort: OfferSortInput, $near: NearInput, $first: Int, $after: String) {
          offers(query: $query, filter: $filter, sort: $sort, near: $near, first: $first, after: $after) {
            totalCount totalIsLowerBound
            edges { node { id } distanceKm highlights { title description } }
            pageInfo { hasNextPage endCursor }
            facets { name values { value label count selected } }
          }
        }
        """;

    public static TheoryData<string, string> Searches => new()
    {
        { "q=spawacz&powiat=1061", """{"query":"spawacz","filter":{"powiat":["1061"]}}""" },
        { "sector=vocational&powiat=1061&kind=technikum,kkz&sort=title&pageSize=10", """{"filter":{"sector":["vocational"],"powiat":["1061"],"kind":["technikum","kkz"]},"sort":{"by":"title"},"first":10}""" },
        { "city=lodz&mode=online,hybrydowe", """{"filter":{"city":["lodz"],"mode":["online","hybrydowe"]}}""" },
        { "level=4,5&sort=startDate", """{"filter":{"level":[4,5]},"sort":{"by":"startDate"}}""" },
        { "levelMin=6&levelMax=7&isced=06", """{"filter":{"levelMin":6,"levelMax":7,"isced":["06"]}}""" },
        { "profession=351203", """{"filter":{"profession":["351203"]}}""" },
        { "qualification=INF.02,INF.03&sort=title&order=desc", """{"filter":{"qualification":["INF.02","INF.03"]},"sort":{"by":"title","order":"desc"}}""" },
        { "language=en,de", """{"filter":{"language":["en","de"]}}""" },
        { "funding=kfs&free=false&priceMax=5000&sort=price", """{"filter":{"funding":["kfs"],"free":false,"priceMax":5000},"sort":{"by":"price"}}""" },
        { "free=true&sector=adult&pageSize=50", """{"filter":{"free":true,"sector":["adult"]},"first":50}""" },
        { "startFrom=2027-01-01&startTo=2027-03-31&sort=startDate", """{"filter":{"startFrom":"2027-01-01","startTo":"2027-03-31"},"sort":{"by":"startDate"}}""" },
        { "startMonth=2027-02,2027-03&mode=niestacjonarne", """{"filter":{"startMonth":["2027-02","2027-03"],"mode":["niestacjonarne"]}}""" },
        { "provider={provider}&sort=updated", """{"filter":{"provider":["{provider}"]},"sort":{"by":"updated"}}""" },
        { "updatedSince=2020-01-01&status=active&pageSize=100", """{"filter":{"updatedSince":"2020-01-01","status":"active"},"first":100}""" },
        { "status=withdrawn", """{"filter":{"status":"withdrawn"}}""" },
        { "nearTown=Pabianice&radiusKm=20&sort=distance&online=exclude", """{"near":{"town":"Pabianice","radiusKm":20,"online":"exclude"},"sort":{"by":"distance"}}""" },
        { "near=51.7592,19.456&radiusKm=10&sort=distance&order=desc&pageSize=30", """{"near":{"lat":51.7592,"lon":19.456,"radiusKm":10},"sort":{"by":"distance","order":"desc"},"first":30}""" },
        { "q=ksiegowosc&nearTown=Łódź", """{"query":"ksiegowosc","near":{"town":"Łódź"}}""" },
        { "q=programita", """{"query":"programita"}""" },
        { "q=technik informatyk&sector=vocational,adult&sort=relevance", """{"query":"technik informatyk","filter":{"sector":["vocational","adult"]},"sort":{"by":"relevance"}}""" },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task A_search_finds_the_same_page_through_REST_and_GraphQL(string restQuery, string variables)
    {
        var provider = (await demo.Client.GetJsonAsync("/api/v1/providers?pageSize=1&type=university")).Items().Single().Get<string>("id");
        restQuery = restQuery.Replace("{provider}", provider, StringComparison.Ordinal);
        variables = variables.Replace("{provider}", provider, StringComparison.Ordinal);

        var rest = await demo.Client.GetJsonAsync("/api/v1/offers?" + string.Join("&", restQuery.Split('&').Select(EscapeValue)));
        var reply = await demo.Client.PostGraphQLAsync(Search, JsonNode.Parse(variables)!.AsObject());
        reply.AssertNoErrors();
        var graph = reply.Data["offers"]!;

        if (!restQuery.Contains("status=withdrawn", StringComparison.Ordinal)) Assert.True(rest.Get<long>("total") > 0, $"{restQuery} should find something to compare");
        AssertSamePage(rest, graph);
    }

    [Fact]
    public async Task The_second_page_is_the_same_through_REST_cursor_and_GraphQL_after()
    {
        var rest1 = await demo.Client.GetJsonAsync("/api/v1/offers?sector=higher&sort=title&pageSize=7");
        var rest2 = await demo.Client.GetJsonAsync("/api/v1/offers?sector=higher&sort=title&pageSize=7&cursor=" + Uri.EscapeDataString(rest1.Get<string>("nextCursor")));
        var page1 = (await demo.Client.PostGraphQLAsync(Search, new JsonObject { ["filter"] = new JsonObject { ["sector"] = new JsonArray("higher") }, ["sort"] = new JsonObject { ["by"] = "title" }, ["first"] = 7 })).Data["offers"]!;
        AssertSamePage(rest1, page1);
        Assert.True(page1["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var after = page1["pageInfo"]!["endCursor"]!.GetValue<string>();
        Assert.Equal(after, page1["edges"]!.AsArray()[^1]!["cursor"]?.GetValue<string>() ?? after);
        var page2 = (await demo.Client.PostGraphQLAsync(Search, new JsonObject { ["filter"] = new JsonObject { ["sector"] = new JsonArray("higher") }, ["sort"] = new JsonObject { ["by"] = "title" }, ["first"] = 7, ["after"] = after })).Data["offers"]!;
        AssertSamePage(rest2, page2);
        var byPage = await demo.Client.GetJsonAsync("/api/v1/offers?sector=higher&sort=title&pageSize=7&page=2");
        Assert.Equal(Ids(byPage), page2["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
    }

    private static void AssertSamePage(JsonNode rest, JsonNode graph)
    {
        Assert.Equal(rest.Get<long>("total"), graph["totalCount"]!.GetValue<long>());
        Assert.Equal(rest.Get<bool>("totalIsLowerBound"), graph["totalIsLowerBound"]!.GetValue<bool>());
        var edges = graph["edges"]!.AsArray().Select(e => e!).ToList();
        Assert.Equal(Ids(rest), edges.Select(e => e["node"]!["id"]!.GetValue<string>()));
        Assert.Equal(rest.Items().Select(i => i["distanceKm"]?.GetValue<double>()), edges.Select(e => e["distanceKm"]?.GetValue<double>()));
        Assert.Equal(rest.Items().Select(i => i["highlights"]?["title"]?.GetValue<string>()), edges.Select(e => e["highlights"]?["title"]?.GetValue<string>()));
        Assert.Equal(rest["nextCursor"] is not null, graph["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(rest["facets"]!.ToJsonString(), graph["facets"]!.ToJsonString());
    }

    private static IEnumerable<string> Ids(JsonNode page) => page.Items().Select(i => i.Get<string>("id"));

    private static string EscapeValue(string pair)
    {
        var at = pair.IndexOf('=', StringComparison.Ordinal);
        return pair[..at] + "=" + Uri.EscapeDataString(pair[(at + 1)..]);
    }
}
