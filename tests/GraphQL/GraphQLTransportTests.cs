namespace Catalogue.Tests.GraphQL;

/// <summary>GraphQL over HTTP as a client meets it: methods, media types, status codes, error codes.</summary>
[Collection(DemoCatalogueCollection.Name)]
public sealed class GraphQLTransportTests(DemoCatalogueFixture demo)
{
    private readonly HttpClient _client = demo.Client;

    [Fact]
    public async Task Post_answers_with_the_graphql_response_media_type_and_readable_Polish_letters()
    {
        var reply = await _client.PostGraphQLAsync("""{ vocabulary(name: "powiats") { terms(first: 100) { code label } } }""");
        reply.AssertNoErrors();
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("application/graphql-response+json", reply.MediaType);
        var raw = await reply.Response.Content.ReadAsStringAsync();
        Assert.Contains("\"Łódź\"", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0141", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_accepting_only_application_json_gets_application_json()
    {
        var reply = await _client.PostGraphQLAsync("{ __typename }", accept: "application/json");
        Assert.Equal("application/json", reply.MediaType);
        Assert.Equal("Query", reply.Data["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables_and_operation_name()
    {
        var reply = await _client.GetGraphQLAsync("query One($id: ID!) { provider(id: $id) { id } } query Two { __typename }",
            variables: """{"id":"no-such-provider"}""");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status); // two operations and no operationName: invalid

        var url = "/graphql?operationName=Two&query=" + Uri.EscapeDataString("query One { __typename } query Two { vocabularies { name } }");
        var named = JsonNode.Parse(await _client.GetStringAsync(url))!;
        Assert.Equal(14, named["data"]!["vocabularies"]!.AsArray().Count);

        var withVariables = await _client.GetGraphQLAsync("query($q: String!) { suggest(q: $q, limit: 3) { text type } }", variables: """{"q":"lodz"}""");
        withVariables.AssertNoErrors();
        Assert.Contains(withVariables.Data["suggest"]!.AsArray(), s => s!["text"]!.GetValue<string>() == "Łódź");
    }

    [Fact]
    public async Task Get_may_not_run_a_mutation()
    {
        var reply = await _client.GetGraphQLAsync("mutation { anything }");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal("POST", reply.Response.Content.Headers.Allow.Single());
        Assert.Equal(["METHOD_NOT_ALLOWED"], reply.Codes);
    }

    [Fact]
    public async Task A_web_page_on_another_origin_may_POST_queries()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://portal.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var response = await _client.SendAsync(preflight);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unparsable_document_is_a_400_with_a_parse_error_code()
    {
        var reply = await _client.PostGraphQLAsync("{ offers { ");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], reply.Codes);
        Assert.Null(reply.Body["data"]);
    }

    [Fact]
    public async Task An_invalid_document_is_a_400_naming_the_rule()
    {
        var reply = await _client.PostGraphQLAsync("{ offers { noSuchField } }");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], reply.Codes);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_or_not_declared_JSON_is_refused()
    {
        var notJson = await _client.PostRawGraphQLAsync("query=%7B__typename%7D");
        Assert.Equal(HttpStatusCode.BadRequest, notJson.Status);
        Assert.Equal(["BAD_REQUEST"], notJson.Codes);
        var form = await _client.PostRawGraphQLAsync("""{"query":"{ __typename }"}""", contentType: "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.Status);
    }

    [Theory]
    [InlineData("{\"query\":\"{\n  __typename }\"}", @"line 1, position 12: a string cannot contain a line break (escape it as \n).")]
    [InlineData("{\"query\":\"{\t__typename }\"}", @"line 1, position 12: a string cannot contain a tab (escape it as \t).")]
    [InlineData("{\"query\":\n \"{ __typename }\",}", "line 2, position 19: the JSON object contains a trailing comma at the end which is not supported in this mode.")]
    [InlineData("{\"query\": \"{ __typename }\"", "line 1, position 27: expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")]
    public async Task A_body_that_is_broken_JSON_is_refused_saying_where_and_what(string body, string where)
    {
        var reply = await _client.PostRawGraphQLAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["BAD_REQUEST"], reply.Codes);
        Assert.Equal("The body is not valid JSON: " + where, reply.Body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""filter: { powiat: ["9999"] }""", "filter.powiat")]
    [InlineData("""filter: { isced: ["7777"] }""", "filter.isced")]
    [InlineData("""filter: { startFrom: "2026-13-01" }""", "filter.startFrom")]
    [InlineData("""near: { town: "Atlantyda" }""", "near.town")]
    [InlineData("""near: { lat: 51.7 }""", "near.lat")]
    [InlineData("""sort: { by: "distance" }""", "sort.by")]
    [InlineData("""after: "not-a-cursor" """, "after")]
    [InlineData("""first: 0""", "first")]
    public async Task A_bad_argument_is_a_user_input_error_naming_it_as_REST_names_the_parameter(string arguments, string argument)
    {
        var reply = await _client.PostGraphQLAsync($"{{ offers({arguments}) {{ totalCount }} }}");
        Assert.Equal(HttpStatusCode.OK, reply.Status); // a field error: the document was valid
        Assert.Null(reply.Data["offers"]);
        var error = reply.Body["errors"]!.AsArray().Single()!;
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(argument, error["extensions"]!["data"]!["argument"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_ids_are_null_not_errors()
    {
        var reply = await _client.PostGraphQLAsync("""{ offer(id: "of-none") { id } provider(id: "none") { id } vocabulary(name: "none") { name } offersByIds(ids: ["of-none"]) { id } }""");
        reply.AssertNoErrors();
        Assert.Null(reply.Data["offer"]);
        Assert.Null(reply.Data["provider"]);
        Assert.Null(reply.Data["vocabulary"]);
        Assert.Null(reply.Data["offersByIds"]![0]);
    }

    [Fact]
    public async Task One_offer_has_the_same_fields_as_its_REST_resource()
    {
        var id = (await _client.GetJsonAsync("/api/v1/offers?sector=vocational&pageSize=1")).Items().Single().Get<string>("id");
        var rest = await _client.GetJsonAsync("/api/v1/offers/" + id);
        var reply = await _client.PostGraphQLAsync("query($id: ID!) { offer(id: $id) { id title kindLabel provider { id name } professions { code label } locations { city powiatName } runs { start } } }",
            new JsonObject { ["id"] = id });
        reply.AssertNoErrors();
        var offer = reply.Data["offer"]!;
        Assert.Equal(rest.Get<string>("title"), offer["title"]!.GetValue<string>());
        Assert.Equal(rest["provider"]!.Get<string>("name"), offer["provider"]!["name"]!.GetValue<string>());
        Assert.Equal(rest["professions"]!.ToJsonString(), offer["professions"]!.ToJsonString());
        Assert.Equal(rest["runs"]!.AsArray().Select(r => r!["start"]?.ToJsonString()), offer["runs"]!.AsArray().Select(r => r!["start"]?.ToJsonString()));
    }

    [Fact]
    public async Task Providers_page_like_REST_and_continue_with_the_cursor()
    {
        var rest1 = await _client.GetJsonAsync("/api/v1/providers?powiat=1061&pageSize=5");
        var rest2 = await _client.GetJsonAsync("/api/v1/providers?powiat=1061&pageSize=5&page=2");
        var first = await _client.PostGraphQLAsync("""{ providers(powiat: ["1061"], first: 5) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }""");
        var page = first.Data["providers"]!;
        Assert.Equal(rest1.Get<int>("total"), page["totalCount"]!.GetValue<int>());
        Assert.Equal(rest1.Items().Select(p => p.Get<string>("id")), page["nodes"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        var next = await _client.PostGraphQLAsync("query($after: String) { providers(powiat: [\"1061\"], first: 5, after: $after) { nodes { id } } }",
            new JsonObject { ["after"] = page["pageInfo"]!["endCursor"]!.GetValue<string>() });
        Assert.Equal(rest2.Items().Select(p => p.Get<string>("id")), next.Data["providers"]!["nodes"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_browser_gets_the_GraphiQL_page_with_every_asset_served_locally()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        using var page = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        var assets = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, assets.Count);
        Assert.All(assets, a => Assert.StartsWith("/graphql/ide/", a, StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await _client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 500, asset);
        }
        var start = await _client.GetStringAsync("/graphql/ide/start.js");
        Assert.Contains("/graphql", start, StringComparison.Ordinal);
    }
}
