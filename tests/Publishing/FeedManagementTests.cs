namespace Catalogue.Tests.Publishing;

/// <summary>A provider manages its feed URLs; the SSRF guard keeps them off inside addresses, at registration and at fetch.</summary>
[Collection(PublishingCollection.Name)]
public sealed class FeedManagementTests(FeedManagementTests.Host host) : IClassFixture<FeedManagementTests.Host>
{
    /// <summary>The operator's default: private networks not allowed.</summary>
    public sealed class Host : PublishingHost;

    [Theory]
    [InlineData("http://127.0.0.1/feed.json")]
    [InlineData("http://localhost:8080/feed.json")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.1.2.3/feed.json")]
    [InlineData("http://192.168.0.10/feed.json")]
    [InlineData("http://[::1]/feed.json")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/feed.json")]
    [InlineData("/var/data/feed.json")]
    public async Task Inside_addresses_and_other_schemes_are_refused_at_registration(string url)
    {
        await host.CreateReadyClientAsync();
        var key = await KeyAsync();
        using var response = await host.CreateClient().WithKey(key).PostAsJsonAsync("/api/v1/providers/feeds-school/feeds", new { url, format = "json" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"url\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fetch_checks_the_address_it_connects_to()
    {
        await using var server = await LoopbackServer.StartAsync("/feed", context => context.Response.WriteAsJsonAsync(new { version = 1, offers = Array.Empty<object>() }));
        var address = server.Address;

        using var guarded = new HttpClient(FeedAddressGuard.CreateHandler(new FeedOptions()));
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => guarded.GetAsync(address + "/feed"));
        Assert.Contains("private, loopback or link-local", refused.Message, StringComparison.Ordinal);
        using var allowed = new HttpClient(FeedAddressGuard.CreateHandler(new FeedOptions { AllowPrivateNetworks = true }));
        Assert.Equal(HttpStatusCode.OK, (await allowed.GetAsync(address + "/feed")).StatusCode);
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("172.16.5.5", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("2001:4860:4860::8888", true)]
    public void Only_public_addresses_are_public(string address, bool expected) =>
        Assert.Equal(expected, FeedAddressGuard.IsPublic(IPAddress.Parse(address)));

    private async Task<string> KeyAsync()
    {
        var admin = host.CreateClient().WithKey(CatalogueApiFactory.AdminKey);
        var existing = await admin.GetJsonAsync("/api/v1/admin/keys?providerId=feeds-school");
        if (existing.AsArray().Count == 0) return await host.CreateProviderWithKeyAsync("feeds-school");
        var issued = await admin.PostAsJsonAsync("/api/v1/admin/providers/feeds-school/keys", new { name = "more" });
        return (await issued.Content.ReadAsAsync<Publishing.IssuedKey>())!.Key;
    }
}

/// <summary>Registering, changing, syncing and removing a feed, against a feed server on 127.0.0.1 the operator allowed.</summary>
[Collection(PublishingCollection.Name)]
public sealed class FeedLifecycleTests(FeedLifecycleTests.Host host) : IClassFixture<FeedLifecycleTests.Host>
{
    public sealed class Host : PublishingHost
    {
        public Host() => Set("Feeds:AllowPrivateNetworks", "true");
    }

    [Fact]
    public async Task A_provider_registers_a_feed_syncs_it_now_and_sees_the_run()
    {
        await using var server = await LoopbackServer.StartAsync("/feed", context => Results.Text(
            """{"version":1,"offers":[{"externalId":"F-1","sector":"adult","kind":"kurs","title":"Kurs z feedu","mode":"online"}]}""", "application/json").ExecuteAsync(context));
        var address = server.Address;

        await host.CreateReadyClientAsync();
        var client = host.CreateClient().WithKey(await host.CreateProviderWithKeyAsync("feed-life-school"));
        var added = await client.PostAsJsonAsync("/api/v1/providers/feed-life-school/feeds", new { url = address + "/nothing-here", format = "json", intervalMinutes = 1440 });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var feedId = (await added.Content.ReadAsAsync<FeedCreated>())!.Id;
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/providers/feed-life-school/feeds/{feedId}", new { url = address + "/feed", format = "json", intervalMinutes = 1440 })).StatusCode);

        var sync = await client.PostAsync($"/api/v1/providers/feed-life-school/feeds/{feedId}/sync", null);
        Assert.Equal(HttpStatusCode.Accepted, sync.StatusCode);
        System.Text.Json.Nodes.JsonNode? run = null;
        await Eventually.HoldsAsync(async () => (run = (await client.GetJsonAsync("/api/v1/providers/feed-life-school/sync-runs")).Items()
            .FirstOrDefault(r => r.Get<string>("outcome") != "running")) is not null, "the requested sync ends");
        Assert.NotNull(run);
        Assert.Equal(("succeeded", 1), (run.Get<string>("outcome"), run.Get<int>("created")));
        Assert.Single((await client.GetJsonAsync("/api/v1/providers/feed-life-school/feeds")).AsArray());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/providers/feed-life-school/feeds/{feedId}")).StatusCode);
        Assert.Empty((await client.GetJsonAsync("/api/v1/providers/feed-life-school/feeds")).AsArray());
    }

    private sealed record FeedCreated(long Id);
}
