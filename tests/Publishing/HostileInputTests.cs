namespace Catalogue.Tests.Publishing;

/// <summary>What a careless or malicious client may send, and what the API does with it.</summary>
[Collection(PublishingCollection.Name)]
public sealed class HostileInputTests(HostileInputTests.Host host) : IClassFixture<HostileInputTests.Host>, IAsyncLifetime
{
    public sealed class Host : PublishingHost;

    private const string School = "hostile-school";
    private HttpClient _school = null!;

    public async Task InitializeAsync()
    {
        await host.CreateReadyClientAsync();
        _school = await host.ProviderClientAsync(School);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Fields_the_store_owns_are_refused_and_never_applied()
    {
        var body = Publishing.Offer("Kurs z przejęciem", extra: ""","id":"of-0000000000000000","providerId":"someone-else","status":"withdrawn","createdAt":"2001-01-01T00:00:00Z","source":"demo","isDemo":true""");
        using var put = await _school.PutOfferAsync(School, "MASS-1", body);
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var errors = (await put.Content.ReadAsStringAsync());
        foreach (var field in new[] { "id", "providerId", "status", "createdAt", "source", "isDemo" }) Assert.Contains($"\"{field}\"", errors, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _school.GetAsync($"/api/v1/providers/{School}/offers/MASS-1")).StatusCode);

        (await _school.PutOfferAsync(School, "MASS-2", Publishing.Offer("Kurs uczciwy"))).EnsureSuccessStatusCode();
        using var patch = await _school.PatchOfferAsync(School, "MASS-2", """{"status":"withdrawn","providerId":"someone-else","isDemo":true}""");
        Assert.Equal(HttpStatusCode.BadRequest, patch.StatusCode);
        var stored = await _school.GetJsonAsync($"/api/v1/providers/{School}/offers/MASS-2");
        Assert.Equal(("active", School, false, "api"), (stored.Get<string>("status"), stored["provider"]!.Get<string>("id"), stored.Get<bool>("isDemo"), stored.Get<string>("source")));

        // The admin's provider form has no demo flag or timestamps: sent anyway, they are refused, as the document says
        // (additionalProperties: false), and nothing is created.
        var admin = host.CreateClient().WithKey(CatalogueApiFactory.AdminKey);
        using var created = await admin.PostAsJsonAsync("/api/v1/admin/providers", new { id = "mass-provider", name = "Szkoła", type = "school", isDemo = true, updatedAt = "2001-01-01T00:00:00Z" });
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        var refused = await created.Content.ReadAsStringAsync();
        Assert.Contains("\"isDemo\"", refused, StringComparison.Ordinal);
        Assert.Contains("\"updatedAt\"", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await host.CreateClient().GetAsync("/api/v1/providers/mass-provider")).StatusCode);
    }

    [Fact]
    public async Task Scripts_event_handlers_and_javascript_urls_never_come_back_out()
    {
        const string description = """<p onclick=\"alert(1)\">Opis <a href=\"javascript:alert(1)\">klik</a><script>alert(2)</script><img src=x onerror=alert(3)> <a href=\"https://ok.example/\">dobry link</a></p>""";
        var body = Publishing.Offer("""<b onmouseover=\"alert(4)\">Kurs</b> zdobienia <script>alert(5)</script>""", extra:
            $$""","description":"{{description}}","learningOutcomes":["<img src=x onerror=alert(6)>umie piec"],"targetGroup":"<a href=\"javascript:void(0)\">dorośli</a>" """);
        using var put = await _school.PutOfferAsync(School, "XSS-1", body);
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        var csv = "externalId;sector;kind;title;mode;description\nXSS-2;adult;kurs;Kurs CSV <script>alert(7)</script>;online;\"<a href=\"\"javascript:alert(8)\"\" onclick=\"\"x()\"\">link</a>\"\n";
        var upload = await _school.PostAsync($"/api/v1/providers/{School}/uploads", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal("succeeded", (await _school.WaitForUploadAsync(upload.Headers.Location!.ToString())).Get<string>("status"));

        var id = (await _school.GetJsonAsync($"/api/v1/providers/{School}/offers/XSS-1")).Get<string>("id");
        var anonymous = host.CreateClient();
        var outputs = new List<string>
        {
            await put.Content.ReadAsStringAsync(),
            await _school.GetStringAsync($"/api/v1/providers/{School}/offers"),
            await anonymous.GetStringAsync($"/api/v1/offers/{id}"),
            await anonymous.GetStringAsync($"/api/v1/offers?provider={School}&pageSize=100"),
        };
        // Markup and script URLs go; the words inside a removed <script> may stay as inert text.
        foreach (var output in outputs)
        {
            foreach (var bad in new[] { "javascript:", "onclick", "onerror", "onmouseover", "<script", "<img" })
                Assert.DoesNotContain(bad, output, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("https://ok.example/", outputs[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bodies_over_the_limit_get_413()
    {
        var huge = Publishing.Offer("Kurs z długim opisem", extra: $$""","description":"{{new string('a', 300 * 1024)}}" """);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await _school.PutOfferAsync(School, "BIG-1", huge)).StatusCode);
        var bigUpload = new ByteArrayContent(new byte[10 * 1024 * 1024 + 1]);
        bigUpload.Headers.ContentType = new("text/csv");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await _school.PostAsync($"/api/v1/providers/{School}/uploads", bigUpload)).StatusCode);
    }

    [Fact]
    public async Task Wrong_content_types_get_415()
    {
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await _school.PutAsync($"/api/v1/providers/{School}/offers/CT-1", new StringContent(Publishing.Offer("Kurs"), Encoding.UTF8, "text/plain"))).StatusCode);
        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/providers/{School}/offers/CT-1") { Content = Publishing.JsonBody("{}") };
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await _school.SendAsync(patch)).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await _school.PostAsync($"/api/v1/providers/{School}/uploads", new StringContent("<offers/>", Encoding.UTF8, "application/xml"))).StatusCode);
    }

    [Fact]
    public async Task Malformed_json_gets_400_naming_the_position()
    {
        using var put = await _school.PutOfferAsync(School, "BAD-1", "{\n  \"title\": \"Kurs\",\n  \"mode\": }");
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var problem = await put.Content.ReadAsStringAsync();
        Assert.Contains("line 3", problem, StringComparison.Ordinal);
        Assert.Contains("position", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_million_row_csv_is_refused_as_a_whole()
    {
        var csv = new StringBuilder("externalId;sector;kind;title;mode\n", 11_000_000);
        for (var i = 0; i < 1_000_000; i++) csv.Append("x;a;k;t;m\n");
        var upload = await _school.PostAsync($"/api/v1/providers/{School}/uploads", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var report = await _school.WaitForUploadAsync(upload.Headers.Location!.ToString());
        Assert.Equal("failed", report.Get<string>("status"));
        Assert.Contains("rows", report.Get<string>("reason"), StringComparison.Ordinal);
        Assert.Equal(0, report.Get<int>("created"));
    }

    [Fact]
    public async Task A_50000_character_cell_rejects_its_row_and_the_others_apply()
    {
        var csv = $"externalId;sector;kind;title;mode;description\nLONG-1;adult;kurs;Kurs z długą komórką;online;{new string('x', 50_000)}\nLONG-2;adult;kurs;Kurs zwykły;online;Krótki opis\n";
        var upload = await _school.PostAsync($"/api/v1/providers/{School}/uploads", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var report = await _school.WaitForUploadAsync(upload.Headers.Location!.ToString());
        Assert.Equal(("succeeded", 1, 1), (report.Get<string>("status"), report.Get<int>("created"), report.Get<int>("rejected")));
        var row = report["report"]!.AsArray().Single()!;
        Assert.Equal((2, "description"), (row.Get<int>("row"), row.Get<string>("field")));
    }
}
