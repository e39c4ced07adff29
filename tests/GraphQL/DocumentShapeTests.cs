using Catalogue.Api.GraphQL;
using GraphQLParser;

namespace Catalogue.Tests.GraphQL;

/// <summary>The fragment graph measured without expanding a spread: exact counts, saturation, cycles, cancellation.</summary>
public sealed class DocumentShapeTests
{
    [Fact]
    public void Ten_fragments_each_spreading_the_next_ten_times_measure_ten_billion_fields_at_once()
    {
        var shape = Shape(GraphQLFragmentBombTests.Bomb(10, spreads: 10, leaf: "__typename"));
        var size = shape.Measure(Operation(GraphQLFragmentBombTests.Bomb(10, spreads: 10, leaf: "__typename")));
        Assert.Equal(10_000_000_000, size.Fields);
        Assert.Equal(10_000_000_000, size.Repeats); // every one of them is __typename, in the query's one selection set
        Assert.Equal(1, size.DataDepth);
        Assert.Null(shape.Cycle);
    }

    [Fact]
    public void Counts_past_the_range_of_a_long_saturate_instead_of_wrapping_round()
    {
        var query = GraphQLFragmentBombTests.Bomb(25, spreads: 10, leaf: "__typename");
        Assert.Equal(long.MaxValue, Shape(query).Measure(Operation(query)).Fields);
    }

    [Fact]
    public void A_cycle_is_named_in_spread_order()
    {
        const string query = "fragment A on Query { ...B } fragment B on Query { __typename ...C } fragment C on Query { ...A } { ...A }";
        Assert.Equal("A → B → C → A", Shape(query).Cycle);
    }

    [Fact]
    public void GraphiQLs_introspection_query_is_small_deep_only_in_introspection()
    {
        var query = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GraphQL", "IntrospectionQuery.graphql"));
        var size = Shape(query).Measure(Operation(query));
        Assert.InRange(size.Fields, 100, 400);
        Assert.Equal(1, size.DataDepth);
        Assert.Equal(13, size.AllDepth);
        Assert.InRange(size.Repeats, 1, 3);
    }

    [Fact]
    public void A_cancelled_request_stops_the_walk()
    {
        var query = GraphQLFragmentBombTests.Bomb(10, spreads: 10, leaf: "__typename");
        Assert.ThrowsAny<OperationCanceledException>(() => new DocumentShape(Parser.Parse(query), new CancellationToken(canceled: true)));
    }

    private static DocumentShape Shape(string query) => new(Parser.Parse(query), CancellationToken.None);

    private static GraphQLParser.AST.GraphQLSelectionSet Operation(string query) =>
        Parser.Parse(query).Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single().SelectionSet;
}
