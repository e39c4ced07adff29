using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Catalogue.Tests.Publishing;

[Collection(PublishingCollection.Name)]
public sealed class ApiKeyTests(ApiKeyTests.Host host) : IClassFixture<ApiKeyTests.Host>
{
    public sealed class Host : PublishingHost;

    [Fact]
    public async Task A_key_is_shown_once_stored_as_a_hash_and_listed_without_its_secret()
    {
        await host.CreateReadyClientAsync();
        var key = await host.CreateProviderWithKeyAsync("keys-school");
        var admin = host.CreateClient().WithKey(CatalogueApiFactory.AdminKey);
        var listed = await admin.GetStringAsync("/api/v1/admin/keys?providerId=keys-school");
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
        Assert.Contains("\"scope\":\"provider:keys-school\"", listed, StringComparison.Ordinal);

        await using var scope = host.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().ApiKeys.AsNoTracking().SingleAsync(k => k.ProviderId == "keys-school");
        Assert.NotEqual(key, stored.Hash);
        Assert.DoesNotContain(stored.Hash, key, StringComparison.Ordinal);
        Assert.StartsWith($"cat_{stored.Prefix}_", key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_that_carry_a_key_secret_or_answer_a_key_are_never_stored_by_caches()
    {
        await host.CreateReadyClientAsync();
        await host.CreateProviderWithKeyAsync("cache-school");
        var admin = host.CreateClient().WithKey(CatalogueApiFactory.AdminKey);
        using var issued = await admin.PostAsJsonAsync("/api/v1/admin/providers/cache-school/keys", new { name = "drugi klucz" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.True(issued.Headers.CacheControl?.NoStore, "issuing a key: " + issued.Headers.CacheControl);
        var id = (await admin.GetJsonAsync("/api/v1/admin/keys?providerId=cache-school")).AsArray().First()!.Get<long>("id");
        using var rotated = await admin.PostAsync($"/api/v1/admin/keys/{id}/rotate", null);
        Assert.True(rotated.Headers.CacheControl?.NoStore, "rotating a key: " + rotated.Headers.CacheControl);
        using var own = await admin.GetAsync("/api/v1/providers/cache-school/offers");
        Assert.True(own.Headers.CacheControl?.NoStore, "an authenticated read: " + own.Headers.CacheControl);

        using var open = await host.CreateClient().GetAsync("/api/v1/vocabularies/sectors");
        Assert.False(open.Headers.CacheControl?.NoStore ?? false, "open data stays cacheable");
    }

    [Fact]
    public async Task Both_headers_work_and_a_bad_key_gets_401_with_WWW_Authenticate()
    {
        await host.CreateReadyClientAsync();
        var key = await host.CreateProviderWithKeyAsync("header-school");
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().WithKey(key).GetAsync("/api/v1/providers/header-school/offers")).StatusCode);
        var viaHeader = host.CreateClient();
        viaHeader.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await viaHeader.GetAsync("/api/v1/providers/header-school/offers")).StatusCode);

        var wrong = await host.CreateClient().WithKey(key[..^2] + "xx").GetAsync("/api/v1/providers/header-school/offers");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.StartsWith("ApiKey", wrong.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        // Reads stay open: a bad key on a public read is simply anonymous.
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().WithKey("nonsense").GetAsync("/api/v1/vocabularies")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_cannot_be_rotated_and_revoking_it_again_is_a_no_op()
    {
        await host.CreateReadyClientAsync();
        await host.CreateProviderWithKeyAsync("revoked-school");
        var admin = host.CreateClient().WithKey(CatalogueApiFactory.AdminKey);
        var id = (await admin.GetJsonAsync("/api/v1/admin/keys?providerId=revoked-school")).AsArray().Single()!.Get<long>("id");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/keys/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/keys/{id}")).StatusCode);

        using var rotated = await admin.PostAsync($"/api/v1/admin/keys/{id}/rotate", null);
        Assert.Equal(HttpStatusCode.Conflict, rotated.StatusCode);
        Assert.Contains("revoked", await rotated.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single((await admin.GetJsonAsync("/api/v1/admin/keys?providerId=revoked-school")).AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/admin/keys/987654321/rotate", null)).StatusCode);
    }

    [Fact]
    public async Task Revoked_and_rotated_keys_stop_working_at_once()
    {
        await host.CreateReadyClientAsync();
        var key = await host.CreateProviderWithKeyAsync("rotate-school");
        var admin = host.CreateClient().WithKey(CatalogueApiFactory.AdminKey);
        var id = (await admin.GetJsonAsync("/api/v1/admin/keys?providerId=rotate-school")).AsArray().Single()!.Get<long>("id");

        var rotated = await admin.PostAsync($"/api/v1/admin/keys/{id}/rotate", null);
        Assert.Equal(HttpStatusCode.Created, rotated.StatusCode);
        var newKey = (await rotated.Content.ReadAsAsync<Publishing.IssuedKey>())!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().WithKey(key).GetAsync("/api/v1/providers/rotate-school/offers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().WithKey(newKey.Key).GetAsync("/api/v1/providers/rotate-school/offers")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/keys/{newKey.Id}")).StatusCode);
        var revoked = await host.CreateClient().WithKey(newKey.Key).GetAsync("/api/v1/providers/rotate-school/offers");
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Contains("revoked", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audit = await admin.GetStringAsync("/api/v1/admin/audit?providerId=rotate-school&pageSize=100");
        Assert.Contains("key.revoke", audit, StringComparison.Ordinal);
        Assert.Contains("key.issue", audit, StringComparison.Ordinal);
    }
}

/// <summary>Without a bootstrap key the admin endpoints are closed, and the start-up log says how to open them.</summary>
[Collection(PublishingCollection.Name)]
public sealed class ClosedAdminTests(ClosedAdminTests.Host host) : IClassFixture<ClosedAdminTests.Host>
{
    public sealed class Host : PublishingHost
    {
        public ConcurrentQueue<string> Log { get; } = new();

        public Host() => Set("Catalogue:AdminKey", "");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(new ListLogger(Log)));
        }
    }

    [Fact]
    public async Task Admin_endpoints_refuse_every_key_and_the_log_says_how_to_open_them()
    {
        var client = await host.CreateReadyClientAsync();
        var response = await client.WithKey(CatalogueApiFactory.AdminKey).PostAsJsonAsync("/api/v1/admin/providers", new { id = "x-school", name = "X", type = "school" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(host.Log, line => line.Contains("Catalogue:AdminKey", StringComparison.Ordinal) && line.Contains("Catalogue:AdminKeyHash", StringComparison.Ordinal));
    }

    private sealed class ListLogger(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) => lines.Enqueue(formatter(state, exception));
        public void Dispose() { }
    }
}

/// <summary>The bootstrap admin given as a hash: the secret itself need not sit in configuration.</summary>
[Collection(PublishingCollection.Name)]
public sealed class AdminKeyHashTests(AdminKeyHashTests.Host host) : IClassFixture<AdminKeyHashTests.Host>
{
    public const string Secret = "operator-chosen-admin-secret-42";

    public sealed class Host : PublishingHost
    {
        public Host()
        {
            Set("Catalogue:AdminKey", "");
            Set("Catalogue:AdminKeyHash", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Secret))));
        }
    }

    [Fact]
    public async Task The_key_whose_hash_is_configured_opens_the_admin_endpoints()
    {
        var client = await host.CreateReadyClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.WithKey(Secret).GetAsync("/api/v1/admin/keys")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().WithKey(CatalogueApiFactory.AdminKey).GetAsync("/api/v1/admin/keys")).StatusCode);
    }
}
