using Catalogue.Tests.Publishing;
using Microsoft.AspNetCore.TestHost;

namespace Catalogue.Tests.Feeds.FaultInjection;

/// <summary>
/// An exception thrown at each stage of a real upload (the API host, its upload worker, a real store): the upload ends
/// failed with a reason, no offer changes, and the next upload of the same document works.
/// </summary>
[Collection(PublishingCollection.Name)]
public sealed class UploadStageFaultTests(UploadStageFaultTests.Host host) : IClassFixture<UploadStageFaultTests.Host>
{
    public sealed class Host : PublishingHost
    {
        public StageFault Fault { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPipelineProbe>(Fault));
        }
    }

    private static string Csv(params string[] ids) =>
        "externalId;sector;kind;title;mode\n" + string.Concat(ids.Select(id => $"{id};adult;kurs;Kurs numer {id};online\n"));

    private static async Task<JsonNode> UploadAsync(HttpClient client, string provider, string mode, string body)
    {
        using var response = await client.PostAsync($"/api/v1/providers/{provider}/uploads?mode={mode}", new StringContent(body, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await client.WaitForUploadAsync(response.Headers.Location!.ToString());
    }

    [Theory]
    [MemberData(nameof(StageFault.Stages), MemberType = typeof(StageFault))]
    public async Task An_exception_at_any_stage_fails_the_upload_with_a_reason_and_changes_no_offer(PipelineStage stage)
    {
        await host.CreateReadyClientAsync();
        var provider = $"upload-fault-{stage.ToString().ToLowerInvariant()}";
        var client = host.CreateClient().WithKey(await host.CreateProviderWithKeyAsync(provider));
        Assert.Equal("succeeded", (await UploadAsync(client, provider, "merge", Csv("A", "B", "C"))).Get<string>("status"));
        var before = await OfferSnapshot.OfAsync(host.Services, provider);

        host.Fault.ThrowAt = stage;
        JsonNode failed;
        try
        {
            // Replace creates D and withdraws C: every stage up to the commit has work to do.
            failed = await UploadAsync(client, provider, "replace", Csv("A", "B", "D"));
        }
        finally
        {
            host.Fault.ThrowAt = null;
        }

        Assert.Equal("failed", failed.Get<string>("status"));
        Assert.Contains(nameof(InjectedFaultException), failed.Get<string>("reason"), StringComparison.Ordinal);
        Assert.NotNull(failed["finishedAt"]);
        Assert.Equal(before, await OfferSnapshot.OfAsync(host.Services, provider));

        var next = await UploadAsync(client, provider, "replace", Csv("A", "B", "D"));
        Assert.Equal(("succeeded", 1, 1), (next.Get<string>("status"), next.Get<int>("created"), next.Get<int>("withdrawn")));
    }
}
