namespace Catalogue.Tests.Publishing;

/// <summary>
/// JSON the parsers accept but cannot use (a member named twice, a lone surrogate escape) and JSON of the wrong shape:
/// each is the caller's error, answered 400 with the member named by its path, never a 500.
/// </summary>
[Collection(PublishingCollection.Name)]
public sealed class MalformedBodyTests(MalformedBodyTests.Host host) : IClassFixture<MalformedBodyTests.Host>, IAsyncLifetime
{
    public sealed class Host : PublishingHost;

    private const string School = "malformed-school";
    private HttpClient _school = null!;

    public async Task InitializeAsync()
    {
        await host.CreateReadyClientAsync();
        _school = await host.ProviderClientAsync(School);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("""{"sector":"adult","kind":"kurs","title":"Kurs","title":"Kurs 2","mode":"online"}""", "title")]
    [InlineData("""{"sector":"adult","kind":"kurs","title":"Kurs","mode":"online","runs":[{"start":"2027-02-08","start":"2027-02-09"}]}""", "runs[0].start")]
    public async Task A_member_named_twice_in_a_put_is_400_naming_it(string body, string path)
    {
        using var put = await _school.PutOfferAsync(School, "DUP-1", body);
        await AssertNamesAsync(put, path, "appears twice");
    }

    [Fact]
    public async Task A_member_named_twice_in_a_patch_is_400_naming_it()
    {
        (await _school.PutOfferAsync(School, "DUP-2", Publishing.Offer("Kurs"))).EnsureSuccessStatusCode();
        using var patch = await _school.PatchOfferAsync(School, "DUP-2", """{"title":"A","title":"B"}""");
        await AssertNamesAsync(patch, "title", "The member 'title' appears twice.");
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_a_put_or_patch_is_400_naming_the_field()
    {
        using var put = await _school.PutOfferAsync(School, "SUR-1", """{"sector":"adult","kind":"kurs","title":"Kurs \ud800","mode":"online"}""");
        await AssertNamesAsync(put, "title", "surrogate");

        (await _school.PutOfferAsync(School, "SUR-2", Publishing.Offer("Kurs"))).EnsureSuccessStatusCode();
        using var patch = await _school.PatchOfferAsync(School, "SUR-2", """{"learningOutcomes":["umie \udc00 spawać"]}""");
        await AssertNamesAsync(patch, "learningOutcomes[0]", "surrogate");
        // A pair, escaped, is text: 😀.
        using var pair = await _school.PatchOfferAsync(School, "SUR-2", """{"title":"Kurs \ud83d\ude00"}""");
        Assert.Equal(HttpStatusCode.OK, pair.StatusCode);
    }

    internal static async Task AssertNamesAsync(HttpResponseMessage response, string path, string message)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(text)!["errors"]?.AsObject();
        Assert.True(errors?.ContainsKey(path) == true, $"no error for '{path}': {text}");
        Assert.Contains(message, errors![path]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
