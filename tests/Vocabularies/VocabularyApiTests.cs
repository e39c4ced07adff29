namespace Catalogue.Tests.Vocabularies;

[Collection(DemoCatalogueCollection.Name)]
public sealed class VocabularyApiTests(DemoCatalogueFixture demo)
{
    private readonly HttpClient _client = demo.Client;

    [Fact]
    public async Task Powiats_are_the_24_TERYT_units_of_Lodzkie_with_coordinates()
    {
        var powiats = await _client.GetJsonAsync("/api/v1/vocabularies/powiats");
        var codes = powiats.Items().Select(p => p.Get<string>("code")).ToHashSet();
        var expected = Enumerable.Range(1001, 21).Concat([1061, 1062, 1063]).Select(c => c.ToString()).ToHashSet();
        Assert.Equal(expected, codes);
        Assert.All(powiats.Items(), p =>
        {
            Assert.InRange(p.Get<double>("latitude"), 50.8, 52.5);
            Assert.InRange(p.Get<double>("longitude"), 17.9, 20.8);
            Assert.False(string.IsNullOrEmpty(p.Get<string>("seat")));
        });
    }

    [Fact]
    public async Task Every_listed_vocabulary_can_be_read_and_has_Polish_labels()
    {
        var list = await _client.GetJsonAsync("/api/v1/vocabularies");
        var names = list.Items().Select(v => v.Get<string>("name")).ToList();
        Assert.Superset(new HashSet<string> { "powiats", "sectors", "kinds", "prk-levels", "isced", "professions", "qualifications", "modes", "funding" }, names.ToHashSet());
        foreach (var entry in list.Items())
        {
            var vocabulary = await _client.GetJsonAsync(entry.Get<string>("href"));
            Assert.Equal(entry.Get<int>("count"), vocabulary.Get<int>("total"));
            Assert.All(vocabulary.Items(), t => Assert.False(string.IsNullOrWhiteSpace(t.Get<string>("label"))));
        }
    }

    [Fact]
    public async Task Professions_carry_their_qualifications()
    {
        var professions = await _client.GetJsonAsync("/api/v1/vocabularies/professions");
        var informatyk = professions.Items().Single(p => p.Get<string>("code") == "351203");
        Assert.Equal("technik informatyk", informatyk.Get<string>("label"));
        Assert.Equal(["INF.02", "INF.03"], informatyk["qualifications"]!.AsArray().Select(q => q!.GetValue<string>()).ToArray());
    }

    [Fact]
    public async Task Unknown_vocabulary_is_404()
    {
        var (response, _) = await _client.GetProblemAsync("/api/v1/vocabularies/unicorns");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
