namespace Catalogue.Tests.Publishing;

/// <summary>Upload modes: a dry run applies nothing, replace withdraws what is absent but never past the shrink guard.</summary>
[Collection(PublishingCollection.Name)]
public sealed class UploadTests(UploadTests.Host host) : IClassFixture<UploadTests.Host>
{
    public sealed class Host : PublishingHost;

    private static string Csv(params string[] ids) =>
        "externalId;sector;kind;title;mode\n" + string.Concat(ids.Select(id => $"{id};adult;kurs;Kurs numer {id};online\n"));

    private static async Task<System.Text.Json.Nodes.JsonNode> UploadAsync(HttpClient client, string provider, string mode, string body, string mediaType = "text/csv")
    {
        using var response = await client.PostAsync($"/api/v1/providers/{provider}/uploads?mode={mode}", new StringContent(body, Encoding.UTF8, mediaType));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await client.WaitForUploadAsync(response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Validate_reports_every_bad_row_and_applies_nothing()
    {
        await host.CreateReadyClientAsync();
        var client = host.CreateClient().WithKey(await host.CreateProviderWithKeyAsync("upload-validate"));
        var report = await UploadAsync(client, "upload-validate", "validate", Csv("V-1", "V-2") + "V-3;adult;kurs;Kurs;teleport\n");
        Assert.Equal(("validated", 3, 1), (report.Get<string>("status"), report.Get<int>("seen"), report.Get<int>("rejected")));
        Assert.Equal((4, "mode"), (report["report"]![0]!.Get<int>("row"), report["report"]![0]!.Get<string>("field")));
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/providers/upload-validate/offers")).Get<int>("total"));
    }

    [Fact]
    public async Task Replace_withdraws_absent_offers_but_is_held_past_the_shrink_guard()
    {
        await host.CreateReadyClientAsync();
        var client = host.CreateClient().WithKey(await host.CreateProviderWithKeyAsync("upload-replace"));
        Assert.Equal(4, (await UploadAsync(client, "upload-replace", "merge", Csv("R-1", "R-2", "R-3", "R-4"))).Get<int>("created"));

        var held = await UploadAsync(client, "upload-replace", "replace", Csv("R-1"));
        Assert.Equal(("held", 0), (held.Get<string>("status"), held.Get<int>("withdrawn")));
        Assert.Equal(4, (await client.GetJsonAsync("/api/v1/providers/upload-replace/offers?status=active")).Get<int>("total"));

        var replaced = await UploadAsync(client, "upload-replace", "replace", Csv("R-1", "R-2", "R-3"));
        Assert.Equal(("succeeded", 1), (replaced.Get<string>("status"), replaced.Get<int>("withdrawn")));
        var withdrawn = await client.GetJsonAsync("/api/v1/providers/upload-replace/offers?status=withdrawn");
        Assert.Equal("R-4", withdrawn.Items().Single()["offer"]!.Get<string>("externalId"));
        Assert.Contains("upload.withdraw", await client.GetStringAsync("/api/v1/providers/upload-replace/audit?pageSize=100"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_feed_document_uploads_like_a_csv_file()
    {
        await host.CreateReadyClientAsync();
        var client = host.CreateClient().WithKey(await host.CreateProviderWithKeyAsync("upload-json"));
        var feed = $$"""{"version":1,"offers":[{{Publishing.Offer("Kurs z pliku JSON", extra: ""","externalId":"J-1" """)}},{"externalId":"J-2","sector":"adult"}]}""";
        var report = await UploadAsync(client, "upload-json", "merge", feed, "application/json");
        Assert.Equal(("succeeded", 1, 1), (report.Get<string>("status"), report.Get<int>("created"), report.Get<int>("rejected")));
        Assert.All(report["report"]!.AsArray(), r => Assert.Equal(2, r!.Get<int>("row")));

        var broken = await UploadAsync(client, "upload-json", "merge", "{\"version\":1,\"offers\":[", "application/json");
        Assert.Equal("failed", broken.Get<string>("status"));
        Assert.Contains("line", broken.Get<string>("reason"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_whose_last_row_is_short_rejects_that_row_with_its_field_and_applies_the_rest()
    {
        await host.CreateReadyClientAsync();
        var client = host.CreateClient().WithKey(await host.CreateProviderWithKeyAsync("upload-short-row"));
        var report = await UploadAsync(client, "upload-short-row", "merge", Csv("S-1", "S-2") + "S-3;adult;kurs\n");
        Assert.Equal(("succeeded", 2, 1), (report.Get<string>("status"), report.Get<int>("created"), report.Get<int>("rejected")));
        var row = Assert.Single(report["report"]!.AsArray())!;
        Assert.Equal((4, "title"), (row.Get<int>("row"), row.Get<string>("field")));
    }

    [Fact]
    public async Task A_lone_surrogate_or_a_duplicated_member_in_a_json_upload_rejects_that_record_naming_the_field()
    {
        await host.CreateReadyClientAsync();
        var client = host.CreateClient().WithKey(await host.CreateProviderWithKeyAsync("upload-bad-text"));
        var feed = $$"""
            {"version":1,"offers":[
              {{Publishing.Offer("Kurs dobry", extra: ""","externalId":"T-1" """)}},
              {{Publishing.Offer(@"Kurs \ud800", extra: ""","externalId":"T-2" """)}},
              {{Publishing.Offer("Kurs pierwszy", extra: ""","externalId":"T-3","title":"Kurs drugi" """)}},
              {{Publishing.Offer("Kurs z <svg>", extra: ""","externalId":"T-4","<svg onload=alert(1)>":1 """)}}
            ]}
            """;
        var report = await UploadAsync(client, "upload-bad-text", "merge", feed, "application/json");
        Assert.Equal(("succeeded", 1, 3), (report.Get<string>("status"), report.Get<int>("created"), report.Get<int>("rejected")));
        var rows = report["report"]!.AsArray().Select(r => (r!.Get<int>("row"), r!.Get<string>("field"))).ToList();
        Assert.Contains((2, "title"), rows);
        Assert.Contains((3, "title"), rows);
        Assert.Contains((4, "_svg_onload_alert(1)_"), rows);
        Assert.DoesNotContain("<svg", report.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task External_ids_the_offer_routes_cannot_address_are_rejected_naming_the_field()
    {
        await host.CreateReadyClientAsync();
        var client = host.CreateClient().WithKey(await host.CreateProviderWithKeyAsync("upload-bad-ids"));
        var report = await UploadAsync(client, "upload-bad-ids", "merge", Csv("OK-1", ".", "..", "a/b"));
        Assert.Equal(("succeeded", 1, 3), (report.Get<string>("status"), report.Get<int>("created"), report.Get<int>("rejected")));
        Assert.All(report["report"]!.AsArray(), r => Assert.Equal("externalId", r!["field"]!.GetValue<string>()));
    }
}
