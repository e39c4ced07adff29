namespace Catalogue.Tests.Publishing;

/// <summary>The acceptance scenario of the publishing issue, as a school would go through it.</summary>
[Collection(PublishingCollection.Name)]
public sealed class SchoolScenarioTests(PublishingHost host) : IClassFixture<PublishingHost>
{
    private const string School = "zs-scenario";

    [Fact]
    public async Task A_school_publishes_edits_uploads_and_withdraws_its_offers()
    {
        await host.CreateReadyClientAsync();
        var key = await host.CreateProviderWithKeyAsync(School);
        var school = host.CreateClient().WithKey(key);
        var anonymous = host.CreateClient();

        // Three offers by PUT, each created (201) with an ETag.
        var etags = new Dictionary<string, string>();
        foreach (var (id, title) in new[] { ("K-1", "Kurs kwiaciarstwa ślubnego"), ("K-2", "Kurs pszczelarstwa miejskiego"), ("K-3", "Kurs zdobienia tortów") })
        {
            using var put = await school.PutOfferAsync(School, id, Publishing.Offer(title));
            Assert.True(put.StatusCode == HttpStatusCode.Created, $"PUT {id} → {(int)put.StatusCode}: {await put.Content.ReadAsStringAsync()}");
            etags[id] = put.Headers.ETag!.ToString();
        }
        // Idempotent: the same PUT again is 200 and changes nothing.
        using (var again = await school.PutOfferAsync(School, "K-1", Publishing.Offer("Kurs kwiaciarstwa ślubnego")))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(etags["K-1"], again.Headers.ETag!.ToString());
        }

        // Searchable through the outbox (how fast is the feeds bench's freshness figure, not a test's).
        await Eventually.HoldsAsync(async () => (await anonymous.GetJsonAsync($"/api/v1/offers?provider={School}")).Get<int>("total") == 3,
            "the three offers are searchable");
        Assert.Single((await anonymous.GetJsonAsync("/api/v1/offers?q=pszczelarstwa")).Items());

        // A stale ETag: 412 and nothing changes; the fresh one: 200 and a new ETag.
        using (var first = await school.PatchOfferAsync(School, "K-2", """{"durationHours": 40}""", etags["K-2"]))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using (var stale = await school.PatchOfferAsync(School, "K-2", """{"title": "Nadpisany tytuł"}""", etags["K-2"]))
            Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var own = await school.GetAsync($"/api/v1/providers/{School}/offers/K-2");
        var fresh = own.Headers.ETag!.ToString();
        Assert.DoesNotContain("Nadpisany", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var patched = await school.PatchOfferAsync(School, "K-2", """{"title": "Kurs pszczelarstwa dla początkujących"}""", fresh))
        {
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
            Assert.NotEqual(fresh, patched.Headers.ETag!.ToString());
        }

        // A CSV upload with 2 bad rows: the report names row and field, the good rows apply.
        var csv = new StringBuilder("externalId;sector;kind;title;mode;city\n")
            .Append("C-1;adult;kurs;Kurs obsługi wózka widłowego;stacjonarne;Łódź\n")
            .Append("C-2;adult;kurs;Kurs teleportacji;teleport;Łódź\n")
            .Append("C-3;adult;kurs;Kurs spawania MIG;stacjonarne;Pabianice\n")
            .Append("C-4;adult;nieznany-rodzaj;Kurs bez rodzaju;online;\n").ToString();
        using var upload = await school.PostAsync($"/api/v1/providers/{School}/uploads?mode=merge", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var report = await school.WaitForUploadAsync(upload.Headers.Location!.ToString());
        Assert.Equal("succeeded", report.Get<string>("status"));
        Assert.Equal((2, 2), (report.Get<int>("created"), report.Get<int>("rejected")));
        var rows = report["report"]!.AsArray().Select(r => (r!.Get<int>("row"), r!.Get<string>("field"))).ToList();
        Assert.Contains((3, "mode"), rows);
        Assert.Contains((5, "kind"), rows);
        Assert.Equal(5, (await school.GetJsonAsync($"/api/v1/providers/{School}/offers")).Get<int>("total"));

        // DELETE one: gone from default search, readable by id as withdrawn.
        var offerId = (await school.GetJsonAsync($"/api/v1/providers/{School}/offers/K-3")).Get<string>("id");
        using (var deleted = await school.DeleteAsync($"/api/v1/providers/{School}/offers/K-3"))
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await Eventually.HoldsAsync(async () => (await anonymous.GetJsonAsync("/api/v1/offers?q=tortów")).Get<int>("total") == 0,
            "the withdrawn offer leaves default search");
        Assert.Equal("withdrawn", (await anonymous.GetJsonAsync($"/api/v1/offers/{offerId}")).Get<string>("status"));
        var list = await school.GetJsonAsync($"/api/v1/providers/{School}/offers?status=withdrawn");
        Assert.Equal("K-3", list.Items().Single()["offer"]!.Get<string>("externalId"));

        // Every write is in the provider's audit log, attributed to its key.
        var audit = (await school.GetJsonAsync($"/api/v1/providers/{School}/audit?pageSize=100")).Items().Select(e => e.Get<string>("action")).ToList();
        Assert.Equal(4, audit.Count(a => a == "offer.put"));
        Assert.Equal(2, audit.Count(a => a == "offer.patch"));
        Assert.Equal(2, audit.Count(a => a == "upload.merge"));
        Assert.Contains("offer.withdraw", audit);
    }
}
