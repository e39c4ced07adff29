using Catalogue.Api.Publishing;
using Microsoft.AspNetCore.TestHost;
using Catalogue.Api.Security;

namespace Catalogue.Tests.Publishing;

/// <summary>
/// The limiter in a host of its own with tiny budgets and an hour-long window, so no budget refills during a test. Each
/// test calls from its own client address (set on the request as Kestrel would), so tests share no partition.
/// </summary>
[Collection(PublishingCollection.Name)]
public sealed class RateLimitTests(RateLimitTests.LimitedHost host) : IClassFixture<RateLimitTests.LimitedHost>
{
    public sealed class LimitedHost : PublishingHost
    {
        public LimitedHost()
        {
            Set("RateLimits:Enabled", "true");
            Set("RateLimits:Window", "01:00:00");
            Set("RateLimits:FailedAuthWindow", "01:00:00");
            Set("RateLimits:AnonymousReads", "3");
            Set("RateLimits:KeyedReads", "50");
            Set("RateLimits:KeyedWrites", "2");
            Set("RateLimits:FailedAuth", "2");
            Set("ForwardedHeaders:KnownProxies:0", "10.0.0.1");
        }
    }

    private async Task<HttpContext> CallAsync(string address, string path, string method = "GET", string? key = null, string? forwardedFor = null)
    {
        await host.CreateReadyClientAsync();
        return await host.Server.SendAsync(context =>
        {
            context.Request.Method = method;
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            if (key is not null) context.Request.Headers["X-Api-Key"] = key;
            if (forwardedFor is not null) context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            if (method != "GET")
            {
                context.Request.ContentType = "application/json";
                context.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Publishing.Offer("Kurs limitowany")));
            }
        });
    }

    [Fact]
    public async Task Anonymous_reads_past_the_budget_get_429_with_Retry_After_RateLimit_headers_and_a_problem()
    {
        for (var i = 0; i < 3; i++) Assert.Equal(200, (await CallAsync("203.0.113.1", "/api/v1/vocabularies")).Response.StatusCode);
        var rejected = await CallAsync("203.0.113.1", "/api/v1/vocabularies");
        Assert.Equal(429, rejected.Response.StatusCode);
        Assert.True(int.Parse(rejected.Response.Headers.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(("3", "0"), (rejected.Response.Headers["RateLimit-Limit"].ToString(), rejected.Response.Headers["RateLimit-Remaining"].ToString()));
        Assert.False(string.IsNullOrEmpty(rejected.Response.Headers["RateLimit-Reset"]));
        Assert.Equal("application/problem+json", rejected.Response.ContentType);
        // Another address has its own budget.
        Assert.Equal(200, (await CallAsync("203.0.113.2", "/api/v1/vocabularies")).Response.StatusCode);
    }

    [Fact]
    public async Task Health_endpoints_are_never_limited()
    {
        for (var i = 0; i < 10; i++) Assert.Equal(200, (await CallAsync("203.0.113.3", "/health/live")).Response.StatusCode);
    }

    [Fact]
    public async Task Guessing_keys_from_one_address_runs_into_429()
    {
        Assert.Equal(401, (await CallAsync("203.0.113.4", "/api/v1/admin/keys", key: "cat_aaaaaaaaaa_guess1")).Response.StatusCode);
        Assert.Equal(401, (await CallAsync("203.0.113.4", "/api/v1/admin/keys", key: "cat_aaaaaaaaaa_guess2")).Response.StatusCode);
        var blocked = await CallAsync("203.0.113.4", "/api/v1/admin/keys", key: "cat_aaaaaaaaaa_guess3");
        Assert.Equal(429, blocked.Response.StatusCode);
        Assert.False(string.IsNullOrEmpty(blocked.Response.Headers.RetryAfter));
        // Failures and successes are separate budgets: the right key still works from that address.
        Assert.Equal(200, (await CallAsync("203.0.113.4", "/api/v1/admin/keys", key: CatalogueApiFactory.AdminKey)).Response.StatusCode);
    }

    [Fact]
    public async Task A_key_has_a_smaller_budget_for_writes_than_for_reads()
    {
        var key = await host.CreateProviderWithKeyAsync("limited-school");
        Assert.Equal(201, (await CallAsync("203.0.113.5", "/api/v1/providers/limited-school/offers/L-1", "PUT", key)).Response.StatusCode);
        Assert.Equal(200, (await CallAsync("203.0.113.5", "/api/v1/providers/limited-school/offers/L-1", "PUT", key)).Response.StatusCode);
        Assert.Equal(429, (await CallAsync("203.0.113.5", "/api/v1/providers/limited-school/offers/L-1", "PUT", key)).Response.StatusCode);
        for (var i = 0; i < 5; i++) Assert.Equal(200, (await CallAsync("203.0.113.5", "/api/v1/providers/limited-school/offers", key: key)).Response.StatusCode);
    }

    [Fact]
    public async Task Forwarded_addresses_count_only_behind_a_trusted_proxy()
    {
        // An untrusted caller cannot escape its budget by inventing X-Forwarded-For values.
        for (var i = 0; i < 3; i++) Assert.Equal(200, (await CallAsync("198.51.100.9", "/api/v1/vocabularies", forwardedFor: $"192.0.2.{i}")).Response.StatusCode);
        Assert.Equal(429, (await CallAsync("198.51.100.9", "/api/v1/vocabularies", forwardedFor: "192.0.2.77")).Response.StatusCode);
        // Behind the trusted proxy, each client address has its own budget.
        for (var i = 0; i < 3; i++) Assert.Equal(200, (await CallAsync("10.0.0.1", "/api/v1/vocabularies", forwardedFor: "192.0.2.100")).Response.StatusCode);
        Assert.Equal(429, (await CallAsync("10.0.0.1", "/api/v1/vocabularies", forwardedFor: "192.0.2.100")).Response.StatusCode);
        Assert.Equal(200, (await CallAsync("10.0.0.1", "/api/v1/vocabularies", forwardedFor: "192.0.2.101")).Response.StatusCode);
    }

    [Fact]
    public async Task An_expensive_request_can_take_several_permits_from_its_callers_budget()
    {
        await host.CreateReadyClientAsync();
        var limiter = host.Services.GetRequiredService<CatalogueRateLimiter>();
        var context = new DefaultHttpContext { RequestServices = host.Services };
        context.Request.Method = "POST";
        context.Request.Path = "/graphql";
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.6");
        // A GraphQL POST draws on the anonymous read budget (3 here): a cost of 3 fits, one more does not.
        Assert.Null(await limiter.TryChargeAsync(context, 3, CancellationToken.None));
        var refused = await limiter.TryChargeAsync(context, 1, CancellationToken.None);
        Assert.NotNull(refused);
        context.Response.Body = new MemoryStream();
        await refused.ExecuteAsync(context);
        Assert.Equal(429, context.Response.StatusCode);
        Assert.False(string.IsNullOrEmpty(context.Response.Headers.RetryAfter));
    }

    [Fact]
    public async Task A_graphql_cost_is_charged_less_the_permit_already_taken()
    {
        await host.CreateReadyClientAsync();
        var limiter = host.Services.GetRequiredService<CatalogueRateLimiter>();
        var context = new DefaultHttpContext { RequestServices = host.Services };
        context.Request.Method = "GET";
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        Assert.Null(await limiter.TryChargeGraphQLCostAsync(context, 0, CancellationToken.None));
        // 3 permits at the default 50 cost units a permit.
        Assert.Null(await limiter.TryChargeGraphQLCostAsync(context, 150, CancellationToken.None));
        // 2 of the 3 anonymous reads are spent: one more request fits, the next does not.
        Assert.Equal(200, (await CallAsync("203.0.113.7", "/api/v1/vocabularies")).Response.StatusCode);
        Assert.Equal(429, (await CallAsync("203.0.113.7", "/api/v1/vocabularies")).Response.StatusCode);
    }

    [Fact]
    public async Task A_graphql_query_costs_the_read_budget_by_its_complexity_not_one()
    {
        async Task<int> GraphQL(string address, string query) => (await host.Server.SendAsync(context =>
        {
            context.Request.Method = "POST";
            context.Request.Path = "/graphql";
            context.Request.ContentType = "application/json";
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            context.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { query })));
        })).Response.StatusCode;
        await host.CreateReadyClientAsync();

        // A cheap query takes one read, like a REST call: two more reads fit in the budget of 3.
        Assert.Equal(200, await GraphQL("203.0.113.8", "{ __typename }"));
        Assert.Equal(200, (await CallAsync("203.0.113.8", "/api/v1/vocabularies")).Response.StatusCode);
        Assert.Equal(200, (await CallAsync("203.0.113.8", "/api/v1/vocabularies")).Response.StatusCode);
        Assert.Equal(429, (await CallAsync("203.0.113.8", "/api/v1/vocabularies")).Response.StatusCode);

        // A page of 100 offers costs far more than 3 reads: refused with the same 429 as REST.
        Assert.Equal(429, await GraphQL("203.0.113.9", "{ offers(first: 100) { nodes { id title } } }"));
    }
}
