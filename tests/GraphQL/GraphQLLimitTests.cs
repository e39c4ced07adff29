namespace Catalogue.Tests.GraphQL;

/// <summary>
/// Abusive documents get a GraphQL error with a code, never a 500. How fast is measured by the committed benchmark
/// (<c>dotnet run -c Release --project bench -- graphql-limits --url …</c>), not here.
/// </summary>
[Collection(DemoCatalogueCollection.Name)]
public sealed class GraphQLLimitTests(DemoCatalogueFixture demo)
{
    private readonly HttpClient _client = demo.Client;

    [Fact]
    public async Task An_over_deep_query_is_refused_before_validation()
    {
        // The schema is acyclic, so only a nonsense document nests this deep: it is refused by depth before validation looks.
        var query = "{ offers { edges { node { provider { address " + string.Concat(Enumerable.Repeat("{ city ", 40)) + new string('}', 40) + " } } } } }";
        var reply = await _client.PostGraphQLAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], reply.Codes);
    }

    [Fact]
    public async Task An_over_deep_introspection_query_is_refused_too()
    {
        var query = "{ __schema { types { fields { type " + string.Concat(Enumerable.Repeat("{ ofType ", 14)) + "{ name }" + new string('}', 14) + " } } } }";
        var reply = await _client.PostGraphQLAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], reply.Codes);
    }

    [Fact]
    public async Task A_thousand_aliases_are_refused()
    {
        // Under 20 kB, so that the alias count (not the size) is what refuses it.
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"a{i}: __typename")) + " }";
        Assert.InRange(query.Length, 10_000, 20_000);
        var reply = await _client.PostGraphQLAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["TOO_MANY_ALIASES"], reply.Codes);
    }

    [Fact]
    public async Task A_batch_of_200_operations_is_refused_whole()
    {
        var batch = new JsonArray(Enumerable.Range(0, 200).Select(_ => (JsonNode)new JsonObject { ["query"] = "{ offers(first: 100) { totalCount } }" }).ToArray());
        var body = batch.ToJsonString();
        var reply = await _client.PostRawGraphQLAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["BATCH_TOO_LARGE"], reply.Codes);
    }

    [Fact]
    public async Task A_document_of_200_operations_is_refused()
    {
        var query = string.Join("\n", Enumerable.Range(0, 200).Select(i => $"query Q{i} {{ offers {{ totalCount }} }}"));
        var reply = await _client.PostGraphQLAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["TOO_MANY_OPERATIONS"], reply.Codes);
    }

    [Fact]
    public async Task A_one_megabyte_document_is_refused_before_parsing()
    {
        var query = "{ " + new string(' ', 1_048_576) + "__typename }";
        var body = new JsonObject { ["query"] = query }.ToJsonString();
        var reply = await _client.PostRawGraphQLAsync(body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], reply.Codes);
    }

    [Fact]
    public async Task A_document_over_20_kB_is_refused_even_inside_a_small_enough_body()
    {
        var query = "{ __typename " + new string(' ', 21_000) + "}";
        var reply = await _client.PostGraphQLAsync(query);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal(["DOCUMENT_TOO_LARGE"], reply.Codes);
    }

    [Fact]
    public async Task A_query_over_the_cost_limit_is_refused_with_its_cost()
    {
        var query = "{ offers(first: 100) { edges { node { id title kind mode sector provider { name } runs { start } } } } }";
        var reply = await _client.PostGraphQLAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["COMPLEXITY"], reply.Codes);
        Assert.Contains("maximum allowed on this endpoint is 1000", reply.Body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_of_more_than_100_is_a_user_input_error_as_in_REST()
    {
        var reply = await _client.PostGraphQLAsync("{ offers(first: 101) { totalCount } }");
        Assert.Equal(["BAD_USER_INPUT"], reply.Codes);
        Assert.Equal("first", reply.Body["errors"]![0]!["extensions"]!["data"]!["argument"]!.GetValue<string>());
        // Said once: the GraphQL ceiling and the shared search validation used to report the same message each.
        Assert.Equal("first: Must be a whole number from 1 to 100.", reply.Body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task GraphiQLs_introspection_query_runs()
    {
        var reply = await _client.PostGraphQLAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "GraphQL", "IntrospectionQuery.graphql")));
        reply.AssertNoErrors();
        Assert.Contains(reply.Data["__schema"]!["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Offer");

    }

    [Fact]
    public async Task Thirty_aliases_and_a_batch_of_five_are_allowed()
    {
        var aliases = "{ " + string.Join(" ", Enumerable.Range(0, 30).Select(i => $"a{i}: __typename")) + " }";
        (await _client.PostGraphQLAsync(aliases)).AssertNoErrors();
        var batch = new JsonArray(Enumerable.Range(0, 5).Select(i => (JsonNode)new JsonObject { ["query"] = $"{{ offers(first: {i + 1}) {{ nodes {{ id }} }} }}" }).ToArray());
        using var response = await _client.PostAsync("/graphql", new StringContent(batch.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal([1, 2, 3, 4, 5], results.Select(r => r!["data"]!["offers"]!["nodes"]!.AsArray().Count));
    }
}
