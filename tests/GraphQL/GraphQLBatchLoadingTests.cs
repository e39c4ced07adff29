namespace Catalogue.Tests.GraphQL;

/// <summary>Store round trips and cost of real requests, observed at the store and the response (no component replaced).</summary>
public sealed class GraphQLBatchLoadingTests(InstrumentedCatalogueFactoryFixture host) : IClassFixture<InstrumentedCatalogueFactoryFixture>
{
    private const string PageWithProviders = """
        query { offers(first: 50, sort: { by: "title" }) {
          edges { node { id title kindLabel provider { id name } runs { start } professions { label } } }
        } }
        """;

    [Fact]
    public async Task A_page_of_50_offers_with_providers_runs_and_labels_costs_the_store_two_commands_not_fifty()
    {
        var reply = await PostCountingAsync(PageWithProviders);
        reply.AssertNoErrors();
        var edges = reply.Data["offers"]!["edges"]!.AsArray();
        Assert.Equal(50, edges.Count);
        Assert.All(edges, e => Assert.False(string.IsNullOrEmpty(e!["node"]!["provider"]!["name"]!.GetValue<string>())));
        var providers = edges.Select(e => e!["node"]!["provider"]!["id"]!.GetValue<string>()).Distinct().Count();
        Assert.True(providers > 5, $"the page should span several providers to prove batching; it has {providers}");

        Assert.Contains(edges, e => e!["node"]!["runs"]!.AsArray().Count > 0);
        // Offers, runs and labels come from the index's snapshots and the in-memory vocabularies; the providers of the
        // whole page in one query, their active-offer counts in another.
        var commands = int.Parse(reply.Response.Headers.GetValues(InstrumentedCatalogueFactory.CommandsHeader).Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(commands, 1, 2);
    }

    [Fact]
    public async Task Offers_by_ids_with_providers_is_a_constant_number_of_store_commands()
    {
        var ids = (await PostCountingAsync("{ offers(first: 40) { nodes { id } } }")).Data["offers"]!["nodes"]!.AsArray().Select(n => (JsonNode)n!["id"]!.GetValue<string>()).ToArray();
        var reply = await PostCountingAsync("query($ids: [ID!]!) { offersByIds(ids: $ids) { id provider { name } } }", new JsonObject { ["ids"] = new JsonArray(ids) });
        reply.AssertNoErrors();
        Assert.Equal(ids.Select(i => i.GetValue<string>()), reply.Data["offersByIds"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()));
        var commands = int.Parse(reply.Response.Headers.GetValues(InstrumentedCatalogueFactory.CommandsHeader).Single(), System.Globalization.CultureInfo.InvariantCulture);
        // Offers with their runs and locations (split query: 3), then providers and their counts (2).
        Assert.InRange(commands, 1, 5);
    }

    [Fact]
    public async Task The_request_cost_is_left_for_the_rate_limiter_and_grows_with_the_page_size()
    {
        var small = await PostCountingAsync("{ offers(first: 5) { edges { node { id title } } } }");
        var large = await PostCountingAsync("{ offers(first: 50) { edges { node { id title } } } }");
        var smallCost = int.Parse(small.Response.Headers.GetValues(InstrumentedCatalogueFactory.CostHeader).Single(), System.Globalization.CultureInfo.InvariantCulture);
        var largeCost = int.Parse(large.Response.Headers.GetValues(InstrumentedCatalogueFactory.CostHeader).Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(smallCost > 1, $"a search is not free: {smallCost}");
        Assert.True(largeCost > smallCost * 5, $"50 results cost more than 5: {smallCost} vs {largeCost}");
    }

    [Fact]
    public async Task Introspection_is_not_free_asking_it_twice_costs_twice()
    {
        const string types = "__schema { types { name fields { name type { name ofType { name } } } } }";
        var once = await PostCountingAsync("{ a: " + types + " }");
        var twice = await PostCountingAsync("{ a: " + types + " b: " + types + " }");
        once.AssertNoErrors();
        var onceCost = int.Parse(once.Response.Headers.GetValues(InstrumentedCatalogueFactory.CostHeader).Single(), System.Globalization.CultureInfo.InvariantCulture);
        var twiceCost = int.Parse(twice.Response.Headers.GetValues(InstrumentedCatalogueFactory.CostHeader).Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(onceCost >= 1, $"introspection is counted: {onceCost}");
        Assert.InRange(twiceCost, 2 * onceCost - 1, 2 * onceCost + 1);
    }

    private async Task<GraphQLReply> PostCountingAsync(string query, JsonObject? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null) body["variables"] = variables;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(InstrumentedCatalogueFactory.CountHeader, "1");
        var response = await host.Client.SendAsync(request);
        return new GraphQLReply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response);
    }
}

/// <summary>One instrumented demo catalogue for the class.</summary>
public sealed class InstrumentedCatalogueFactoryFixture : IAsyncLifetime
{
    public InstrumentedCatalogueFactory Factory { get; } = new();
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await Factory.CreateReadyClientAsync();

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
