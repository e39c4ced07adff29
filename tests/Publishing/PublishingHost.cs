using System.Net.Http.Headers;

namespace Catalogue.Tests.Publishing;

/// <summary>An empty catalogue (no demo data) of one test class, with the bootstrap admin key set.</summary>
public class PublishingHost : CatalogueApiFactory
{
    public PublishingHost() : base(NewDataDirectory(), demoData: false)
    {
    }

    protected void Set(string key, string? value) => With(key, value);
}

/// <summary>
/// The publishing test classes run one after another (each with its own host), so that their uploads and hosts do not
/// all compete at once with the timing-sensitive tests of other features on a 2-core machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PublishingCollection
{
    public const string Name = "Publishing (one class at a time)";
}

/// <summary>Calls a test needs, spelled the way a school's IT person would make them.</summary>
internal static class Publishing
{
    public static HttpClient WithKey(this HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return client;
    }

    /// <summary>Admin registers a provider and issues it a key; returns the secret.</summary>
    public static async Task<string> CreateProviderWithKeyAsync(this CatalogueApiFactory factory, string providerId)
    {
        var admin = factory.CreateClient().WithKey(CatalogueApiFactory.AdminKey);
        using var created = await admin.PostAsJsonAsync("/api/v1/admin/providers", new { id = providerId, name = $"Szkoła {providerId}", type = "school" });
        Assert.True(created.IsSuccessStatusCode, $"create provider → {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        using var issued = await admin.PostAsJsonAsync($"/api/v1/admin/providers/{providerId}/keys", new { name = "sekretariat" });
        Assert.Equal(System.Net.HttpStatusCode.Created, issued.StatusCode);
        return (await issued.Content.ReadAsAsync<IssuedKey>())!.Key;
    }

    /// <summary>
    /// A client holding a key of <paramref name="providerId"/>: the provider is registered the first time, and a host
    /// shared by several tests issues another key to the provider it already has.
    /// </summary>
    public static async Task<HttpClient> ProviderClientAsync(this CatalogueApiFactory factory, string providerId)
    {
        var admin = factory.CreateClient().WithKey(CatalogueApiFactory.AdminKey);
        var keys = await admin.GetJsonAsync($"/api/v1/admin/keys?providerId={providerId}");
        return factory.CreateClient().WithKey(keys.AsArray().Count == 0
            ? await factory.CreateProviderWithKeyAsync(providerId)
            : (await (await admin.PostAsJsonAsync($"/api/v1/admin/providers/{providerId}/keys", new { name = "another" })).Content.ReadAsAsync<IssuedKey>())!.Key);
    }

    public static string Offer(string title, string mode = "online", string extra = "") =>
        $$"""{"sector":"adult","kind":"kurs","title":"{{title}}","mode":"{{mode}}"{{extra}}}""";

    public static StringContent JsonBody(string json, string mediaType = "application/json") => new(json, Encoding.UTF8, mediaType);

    public static Task<HttpResponseMessage> PutOfferAsync(this HttpClient client, string providerId, string externalId, string json, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/providers/{providerId}/offers/{externalId}") { Content = JsonBody(json) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PatchOfferAsync(this HttpClient client, string providerId, string externalId, string json, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/providers/{providerId}/offers/{externalId}") { Content = JsonBody(json, "application/merge-patch+json") };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static async Task<System.Text.Json.Nodes.JsonNode> WaitForUploadAsync(this HttpClient client, string location)
    {
        System.Text.Json.Nodes.JsonNode upload = null!;
        await Eventually.HoldsAsync(async () => (upload = await client.GetJsonAsync(location)).Get<string>("status") is not ("queued" or "processing"),
            $"upload {location} ends");
        return upload;
    }

    internal sealed record IssuedKey(long Id, string Key, string Scope);
}
