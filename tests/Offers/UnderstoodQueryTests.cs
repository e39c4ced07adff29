using Catalogue.Tests.GraphQL;

namespace Catalogue.Tests.Offers;

/// <summary>
/// What a search answers about how it read the words, through both doors over the demo catalogue: a UI can show
/// "szukam: spawania · miejsce: Łódź", offer the spelling the catalogue knows, and say when results match only some words.
/// </summary>
[Collection(DemoCatalogueCollection.Name)]
public sealed class UnderstoodQueryTests(DemoCatalogueFixture demo)
{
    private const string Search = """
        query($query: String) {
          offers(query: $query, first: 10) {
            totalCount relaxed didYouMean
            nodes { id }
            understood { text terms { type value label matched } ignored units required }
          }
        }
        """;

    [Theory]
    [InlineData("darmowy kurs spawania w Łodzi")]
    [InlineData("spawnie")]
    [InlineData("spawanie qwzyxv")]
    [InlineData("studia zaoczne informatyka")]
    [InlineData("KKZ inf 03")]
    public async Task REST_and_GraphQL_read_the_words_the_same_way(string q)
    {
        var rest = await demo.Client.GetJsonAsync("/api/v1/offers?pageSize=10&facets=false&q=" + Uri.EscapeDataString(q));
        var graph = await demo.Client.PostGraphQLAsync(Search, new JsonObject { ["query"] = q });
        graph.AssertNoErrors();
        var offers = graph.Data["offers"]!;

        Assert.Equal(rest["understood"]!.ToJsonString(), offers["understood"]!.ToJsonString());
        Assert.Equal((bool)rest["relaxed"]!, (bool)offers["relaxed"]!);
        Assert.Equal((string?)rest["didYouMean"], (string?)offers["didYouMean"]);
        Assert.Equal(rest.Items().Select(i => i.Get<string>("id")), offers["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
    }

    [Fact]
    public async Task Place_free_and_kind_words_are_understood_and_the_rest_is_searched_as_text()
    {
        var page = await demo.Client.GetJsonAsync("/api/v1/offers?q=" + Uri.EscapeDataString("darmowy kurs spawania w Łodzi"));
        var understood = page["understood"]!;
        Assert.Equal("spawania", (string)understood["text"]!);
        Assert.Equal(["w"], understood["ignored"]!.AsArray().Select(w => (string)w!));
        var terms = understood["terms"]!.AsArray().Select(t => $"{t!["type"]}:{t["value"]}").ToList();
        Assert.Contains("city:lodz", terms);
        Assert.Contains("free:true", terms);
        Assert.Contains("kind:kurs", terms);
        Assert.False((bool)page["relaxed"]!);
        // Welding offers in Łódź come first; the place ranks, it does not filter.
        var first = page.Items().First();
        Assert.Contains("Łódź", first["locations"]!.AsArray().Select(l => (string)l!["city"]!));
        var everywhere = await demo.Client.GetJsonAsync("/api/v1/offers?q=spawania");
        Assert.Equal(everywhere.Get<long>("total"), page.Get<long>("total"));
    }

    [Fact]
    public async Task An_unknown_word_gets_a_spelling_from_the_catalogue_and_a_strict_miss_is_relaxed_and_said()
    {
        var typo = await demo.Client.GetJsonAsync("/api/v1/offers?q=spawnie");
        Assert.Equal("spawanie", (string?)typo["didYouMean"]);
        Assert.True(typo.Get<long>("total") > 0);

        var known = await demo.Client.GetJsonAsync("/api/v1/offers?q=spawanie");
        Assert.Null(known["didYouMean"]);

        var relaxed = await demo.Client.GetJsonAsync("/api/v1/offers?q=" + Uri.EscapeDataString("spawanie qwzyxv"));
        Assert.True((bool)relaxed["relaxed"]!);
        Assert.Equal(1, (int)relaxed["understood"]!["required"]!);
        Assert.Equal(known.Get<long>("total"), relaxed.Get<long>("total"));
    }
}
