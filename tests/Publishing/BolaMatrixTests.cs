namespace Catalogue.Tests.Publishing;

/// <summary>
/// Broken object-level authorisation, checked on every private endpoint: another provider's key → 403 (the route names
/// a provider that is not the key's, whether or not the object exists), no key → 401, the provider's own key and an admin
/// key → the documented success. Objects of another provider addressed under one's own provider → 404.
/// </summary>
[Collection(PublishingCollection.Name)]
public sealed class BolaMatrixTests(BolaMatrixTests.World world) : IClassFixture<BolaMatrixTests.World>
{
    public sealed class World : PublishingHost, IAsyncLifetime
    {
        public World()
        {
            Set("Feeds:AllowPrivateNetworks", "true");
            Set("Feeds:Retries", "0");
        }

        public string OtherKey { get; private set; } = "";
        public string OwnKey { get; private set; } = "";
        public string UploadId { get; private set; } = "";
        public long RunId { get; private set; }
        public long FeedId { get; private set; }
        public long SpareKeyId { get; private set; }
        public long SpareKeyId2 { get; private set; }

        public async Task InitializeAsync()
        {
            await CreateReadyClientAsync();
            OtherKey = await this.CreateProviderWithKeyAsync("bola-a");
            OwnKey = await this.CreateProviderWithKeyAsync("bola-b");
            var own = CreateClient().WithKey(OwnKey);
            (await own.PutOfferAsync("bola-b", "X-1", Publishing.Offer("Kurs prywatny B"))).EnsureSuccessStatusCode();
            var upload = await own.PostAsync("/api/v1/providers/bola-b/uploads?mode=merge",
                new StringContent("externalId;sector;kind;title;mode\nU-1;adult;kurs;Kurs z pliku B;online\n", Encoding.UTF8, "text/csv"));
            var done = await own.WaitForUploadAsync(upload.Headers.Location!.ToString());
            UploadId = done.Get<string>("id");
            RunId = done.Get<long>("syncRunId");
            var feed = await own.PostAsJsonAsync("/api/v1/providers/bola-b/feeds", new { url = "http://127.0.0.1:9/feed.json", format = "json" });
            FeedId = (await feed.Content.ReadAsAsync<FeedCreated>())!.Id;
            var admin = CreateClient().WithKey(AdminKey);
            SpareKeyId = (await (await admin.PostAsJsonAsync("/api/v1/admin/providers/bola-b/keys", new { name = "spare" })).Content.ReadAsAsync<Publishing.IssuedKey>())!.Id;
            SpareKeyId2 = (await (await admin.PostAsJsonAsync("/api/v1/admin/providers/bola-b/keys", new { name = "spare 2" })).Content.ReadAsAsync<Publishing.IssuedKey>())!.Id;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        private sealed record FeedCreated(long Id);
    }

    private sealed record Case(string Method, string Path, string? Body, string? MediaType, int Other, int None, int? Own, int Admin);

    private IEnumerable<Case> Cases()
    {
        const string p = "/api/v1/providers/bola-b";
        const string offer = """{"sector":"adult","kind":"kurs","title":"Kurs nadpisany","mode":"online"}""";
        const string feed = """{"url":"http://127.0.0.1:9/other.json","format":"json"}""";
        // Private reads.
        yield return new("GET", $"{p}/offers", null, null, 403, 401, 200, 200);
        yield return new("GET", $"{p}/offers/X-1", null, null, 403, 401, 200, 200);
        yield return new("GET", $"{p}/offers/NO-SUCH-OFFER", null, null, 403, 401, 404, 404);
        yield return new("GET", $"{p}/uploads", null, null, 403, 401, 200, 200);
        yield return new("GET", $"{p}/uploads/{world.UploadId}", null, null, 403, 401, 200, 200);
        yield return new("GET", $"{p}/feeds", null, null, 403, 401, 200, 200);
        yield return new("GET", $"{p}/sync-runs", null, null, 403, 401, 200, 200);
        yield return new("GET", $"{p}/sync-runs/{world.RunId}", null, null, 403, 401, 200, 200);
        yield return new("GET", $"{p}/audit", null, null, 403, 401, 200, 200);
        // Writes.
        yield return new("PUT", $"{p}/offers/X-2", offer, "application/json", 403, 401, 201, 200);
        yield return new("PUT", $"{p}/offers/X-1", offer, "application/json", 403, 401, 200, 200);
        yield return new("PATCH", $"{p}/offers/X-1", """{"durationHours":12}""", "application/merge-patch+json", 403, 401, 200, 200);
        yield return new("POST", $"{p}/uploads?mode=validate", "externalId;sector;kind;title;mode\nV-1;adult;kurs;Kurs walidowany;online\n", "text/csv", 403, 401, 202, 202);
        yield return new("POST", $"{p}/feeds", feed, "application/json", 403, 401, 201, 201);
        yield return new("PUT", $"{p}/feeds/{world.FeedId}", feed, "application/json", 403, 401, 200, 200);
        // The own key's sync may still run when the admin asks (409), so only the admin's is asserted as a success.
        yield return new("POST", $"{p}/feeds/{world.FeedId}/sync", null, null, 403, 401, null, 202);
        yield return new("DELETE", $"{p}/offers/X-1", null, null, 403, 401, 204, 204);
        yield return new("DELETE", $"{p}/feeds/{world.FeedId}", null, null, 403, 401, 204, 404);
        // Admin only: a provider key, even for its own provider, is refused.
        yield return new("POST", "/api/v1/admin/providers", """{"id":"bola-c","name":"Szkoła C","type":"school"}""", "application/json", 403, 401, 403, 201);
        yield return new("POST", "/api/v1/admin/providers/bola-b/keys", """{"name":"more"}""", "application/json", 403, 401, 403, 201);
        yield return new("GET", "/api/v1/admin/keys", null, null, 403, 401, 403, 200);
        yield return new("POST", "/api/v1/admin/keys", """{"name":"second admin"}""", "application/json", 403, 401, 403, 201);
        yield return new("POST", $"/api/v1/admin/keys/{world.SpareKeyId}/rotate", null, null, 403, 401, 403, 201);
        yield return new("DELETE", $"/api/v1/admin/keys/{world.SpareKeyId2}", null, null, 403, 401, 403, 204);
        yield return new("GET", "/api/v1/admin/audit", null, null, 403, 401, 403, 200);
    }

    [Fact]
    public async Task Every_private_endpoint_answers_the_documented_code_for_each_kind_of_caller()
    {
        var callers = new (string Name, HttpClient Client)[]
        {
            ("other provider", world.CreateClient().WithKey(world.OtherKey)),
            ("no key", world.CreateClient()),
            ("own provider", world.CreateClient().WithKey(world.OwnKey)),
            ("admin", world.CreateClient().WithKey(CatalogueApiFactory.AdminKey)),
        };
        var mismatches = new List<string>();
        foreach (var c in Cases())
        {
            int?[] expected = [c.Other, c.None, c.Own, c.Admin];
            for (var i = 0; i < callers.Length; i++)
            {
                if (expected[i] is not { } want) continue;
                using var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Path);
                if (c.Body is not null) request.Content = new StringContent(c.Body, Encoding.UTF8, c.MediaType!);
                using var response = await callers[i].Client.SendAsync(request);
                if ((int)response.StatusCode != want)
                    mismatches.Add($"{c.Method} {c.Path} as {callers[i].Name}: {(int)response.StatusCode}, expected {want}: {await response.Content.ReadAsStringAsync()}");
                if (want == 401) Assert.StartsWith("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
                if (want is 401 or 403) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public async Task Objects_of_another_provider_are_not_found_under_ones_own_provider()
    {
        var other = world.CreateClient().WithKey(world.OtherKey);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/providers/bola-a/uploads/{world.UploadId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/providers/bola-a/sync-runs/{world.RunId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/providers/bola-a/feeds/{world.FeedId}", new { url = "http://127.0.0.1:9/x.json", format = "json" })).StatusCode);
        // The same external id under one's own provider is one's own (another) offer: B's offer is untouched.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/api/v1/providers/bola-a/offers/X-1")).StatusCode);
    }

    [Fact]
    public async Task A_foreign_key_cannot_tell_an_existing_offer_from_a_missing_one()
    {
        var other = world.CreateClient().WithKey(world.OtherKey);
        var existing = await other.PatchOfferAsync("bola-b", "U-1", """{"title":"Przejęty"}""");
        var missing = await other.PatchOfferAsync("bola-b", "NOPE-1", """{"title":"Przejęty"}""");
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (existing.StatusCode, missing.StatusCode));
        var (a, b) = (System.Text.Json.Nodes.JsonNode.Parse(await existing.Content.ReadAsStringAsync())!, System.Text.Json.Nodes.JsonNode.Parse(await missing.Content.ReadAsStringAsync())!);
        Assert.Equal((a.Get<string>("title"), a.Get<string>("detail")), (b.Get<string>("title"), b.Get<string>("detail")));
    }
}
