namespace Catalogue.Tests.GraphQL;

/// <summary>
/// Fragments that spread each other are cheap to write and exponential to expand: a ~900-byte document can stand for
/// ten billion fields. Each is refused from its fragment graph (sizes memoised per fragment) before validation, with a
/// 400 naming the limit. Each request gets 10 s (the in-memory test server runs the pipeline on the caller's thread
/// until it yields, so the request runs on its own task and the test stops waiting for it): a server that expands the
/// spreads fails these tests instead of hanging the suite.
/// </summary>
public sealed class GraphQLFragmentBombTests(InstrumentedCatalogueFactoryFixture host) : IClassFixture<InstrumentedCatalogueFactoryFixture>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly HttpClient _client = CreateImpatientClient(host.Factory);

    [Theory]
    [InlineData(10)]
    [InlineData(7)]
    [InlineData(4)]
    public async Task Fragments_spreading_the_next_ten_times_are_refused_by_their_expanded_size(int levels)
    {
        var query = Bomb(levels, spreads: 10, leaf: "__typename");
        var reply = await PostGraphQLAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["TOO_MANY_FIELDS"], reply.Codes);
        Assert.Contains("MaxFields", Message(reply), StringComparison.Ordinal);
        Assert.Null(reply.Body["data"]);
    }

    [Fact]
    public async Task The_ten_level_bomb_is_under_a_kilobyte_and_answered_well_within_the_client_timeout()
    {
        var query = Bomb(10, spreads: 10, leaf: "__typename");
        Assert.InRange(Encoding.UTF8.GetByteCount(query), 700, 1_100);
        var clock = Stopwatch.StartNew();
        var reply = await PostGraphQLAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("a: __typename b: __typename c: __typename d: __typename e: __typename", "GraphQL:MaxFields")]
    [InlineData("__typename", "GraphQL:MaxRepeatedSelections")]
    public async Task One_fragment_spread_a_thousand_times_in_one_selection_is_refused(string fields, string limit)
    {
        var query = $"fragment F on Query {{ {fields} }}\n{{ " + string.Concat(Enumerable.Repeat("...F ", 1000)) + "}";
        var reply = await PostGraphQLAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["TOO_MANY_FIELDS"], reply.Codes);
        Assert.Contains(limit, Message(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_search_selected_six_hundred_times_is_refused_before_validation_compares_them()
    {
        // No fragment at all: the overlapping-fields rule compares each pair of these, each pair by its arguments and children.
        var reply = await PostGraphQLAsync("{ " + string.Concat(Enumerable.Repeat("offers(first: 1) { totalCount } ", 600)) + "}");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["TOO_MANY_FIELDS"], reply.Codes);
        Assert.Contains("GraphQL:MaxRepeatedSelections", Message(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deep_chain_of_fragments_each_spreading_the_next_twice_is_refused()
    {
        var reply = await PostGraphQLAsync(Bomb(25, spreads: 2, leaf: "__typename"));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["TOO_MANY_FIELDS"], reply.Codes);
    }

    [Fact]
    public async Task A_chain_of_thirty_fragments_spreading_the_next_once_runs_and_of_three_hundred_is_refused()
    {
        var thirty = await PostGraphQLAsync(Bomb(29, spreads: 1, leaf: "__typename"));
        thirty.AssertNoErrors();
        Assert.Equal("Query", thirty.Data["__typename"]!.GetValue<string>());

        // The overlapping-fields rule grows with the cube of the chain: 300 took more than 5 s.
        var threeHundred = await PostGraphQLAsync(Bomb(299, spreads: 1, leaf: "__typename"));
        Assert.Equal(HttpStatusCode.BadRequest, threeHundred.Status);
        Assert.Equal(["TOO_MANY_FRAGMENTS"], threeHundred.Codes);
    }

    [Fact]
    public async Task Aliased_duplicates_at_the_bottom_of_a_bomb_are_counted_as_the_fields_they_expand_to()
    {
        var leaf = string.Join(" ", Enumerable.Range(0, 10).Select(i => $"a{i}: __typename"));
        var reply = await PostGraphQLAsync(Bomb(9, spreads: 10, leaf));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(["TOO_MANY_FIELDS"], reply.Codes);
    }

    [Fact]
    public async Task Fragments_in_a_cycle_are_still_refused_even_when_the_cycle_closes_a_bomb()
    {
        var pair = await PostGraphQLAsync("fragment A on Query { ...B } fragment B on Query { ...A } { ...A }");
        Assert.Equal(HttpStatusCode.BadRequest, pair.Status);
        Assert.Equal(["NO_FRAGMENT_CYCLES"], pair.Codes.Distinct());

        var bomb = Bomb(10, spreads: 10, leaf: "...F0");
        var closed = await PostGraphQLAsync(bomb);
        Assert.Equal(HttpStatusCode.BadRequest, closed.Status);
        Assert.Equal(["NO_FRAGMENT_CYCLES"], closed.Codes.Distinct());
    }

    [Fact]
    public async Task Queries_with_fragments_cost_what_they_cost_before_and_run()
    {
        const string card = "fragment Card on Offer { id title provider { name } runs { start } } ";
        var page = await PostAsync(card + "{ offers(first: 7) { nodes { ...Card } } }");
        page.Reply.AssertNoErrors();
        Assert.Equal(7, page.Reply.Data["offers"]!["nodes"]!.AsArray().Count);
        Assert.Equal(page.Cost, (await PostAsync("{ offers(first: 7) { nodes { id title provider { name } runs { start } } } }")).Cost);

        // A fragment on the connection: its list costs by the first of the field it is spread in.
        const string connection = "fragment Page on OfferConnection { totalCount nodes { id title } } ";
        var three = await PostAsync(connection + "{ offers(first: 3) { ...Page } }");
        var thirty = await PostAsync(connection + "{ offers(first: 30) { ...Page } }");
        three.Reply.AssertNoErrors();
        Assert.Equal((await PostAsync("{ offers(first: 3) { totalCount nodes { id title } } }")).Cost, three.Cost);
        Assert.Equal((await PostAsync("{ offers(first: 30) { totalCount nodes { id title } } }")).Cost, thirty.Cost);
        Assert.True(thirty.Cost > three.Cost * 3, $"{three.Cost} vs {thirty.Cost}");
    }

    [Fact]
    public async Task GraphiQLs_introspection_query_still_runs_at_its_old_cost()
    {
        var introspection = await PostAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "GraphQL", "IntrospectionQuery.graphql")));
        introspection.Reply.AssertNoErrors();
        Assert.InRange(introspection.Cost, 500, 560); // ≈ 530, as the README says
    }

    public void Dispose() => _client.Dispose();

    /// <summary><c>fragment F0 on Query { ...F1 ×spreads }</c> … <c>fragment F{levels} on Query { leaf }</c>, and <c>{ ...F0 }</c>.</summary>
    internal static string Bomb(int levels, int spreads, string leaf)
    {
        var fragments = Enumerable.Range(0, levels).Select(i =>
            $"fragment F{i} on Query {{ {string.Join(" ", Enumerable.Repeat($"...F{i + 1}", spreads))} }}\n");
        return string.Concat(fragments) + $"fragment F{levels} on Query {{ {leaf} }}\n{{ ...F0 }}";
    }

    private static HttpClient CreateImpatientClient(CatalogueApiFactory factory)
    {
        var client = factory.CreateClient();
        client.Timeout = Patience;
        return client;
    }

    private Task<GraphQLReply> PostGraphQLAsync(string query) => Task.Run(() => _client.PostGraphQLAsync(query)).WaitAsync(Patience);

    private static string Message(GraphQLReply reply) => reply.Body["errors"]![0]!["message"]!.GetValue<string>();

    private async Task<(GraphQLReply Reply, int Cost)> PostAsync(string query)
    {
        var reply = await PostGraphQLAsync(query);
        var cost = int.Parse(reply.Response.Headers.GetValues(InstrumentedCatalogueFactory.CostHeader).Single(), System.Globalization.CultureInfo.InvariantCulture);
        return (reply, cost);
    }
}
