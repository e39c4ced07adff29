using Catalogue.Tests.GraphQL;
using Catalogue.Tests.Publishing;
using Microsoft.AspNetCore.TestHost;

namespace Catalogue.Tests.Metrics;

/// <summary>
/// <c>/metrics</c> of a real host: after searches, a failed feed sync and a refused request, the matching series move.
/// The class runs alone (its own collection, not in parallel): meters are process-wide, so another test host's
/// requests would otherwise show in this host's request counts.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class MetricsEndpointTests(MetricsEndpointTests.Host host) : IClassFixture<MetricsEndpointTests.Host>
{
    public sealed class Host : PublishingHost
    {
        public Host()
        {
            Set("Feeds:AllowPrivateNetworks", "true");
            Set("RateLimits:Enabled", "true");
            Set("RateLimits:Window", "01:00:00");
            Set("RateLimits:AnonymousReads", "2");
        }
    }

    private async Task<PrometheusScrape> ScrapeAsync()
    {
        var client = (await host.CreateReadyClientAsync()).WithKey(CatalogueApiFactory.AdminKey);
        using var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET /metrics → {(int)response.StatusCode}: {text}");
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        return PrometheusScrape.Parse(text);
    }

    private Task<HttpContext> SendAsync(string? address, string method = "GET", string path = "/metrics", string? key = null) =>
        host.Server.SendAsync(context =>
        {
            context.Request.Method = method;
            context.Request.Path = path;
            if (address is not null) context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            if (key is not null) context.Request.Headers["X-Api-Key"] = key;
        });

    [Fact]
    public async Task Searches_by_REST_and_GraphQL_show_in_search_latency_and_in_route_latencies()
    {
        var before = await ScrapeAsync();
        var client = host.CreateClient().WithKey(CatalogueApiFactory.AdminKey);
        Assert.True((await client.GetAsync("/api/v1/offers?q=kurs")).IsSuccessStatusCode);
        var reply = await client.PostGraphQLAsync("{ offers(query: \"kurs\", first: 5) { totalCount } }");
        Assert.Equal(HttpStatusCode.OK, reply.Status);

        var after = await ScrapeAsync();
        Assert.Equal(2, after.Sum("catalogue_search_duration_seconds_count") - before.Sum("catalogue_search_duration_seconds_count"));
        Assert.True(after.Sum("catalogue_search_duration_seconds_sum") > before.Sum("catalogue_search_duration_seconds_sum"));
        var offers = ("http_route", "/api/v1/offers/");
        Assert.Equal(1, after.Sum("http_server_request_duration_seconds_count", offers, ("http_response_status_code", "200"))
            - before.Sum("http_server_request_duration_seconds_count", offers, ("http_response_status_code", "200")));
        Assert.True(after.Sum("http_server_request_duration_seconds_bucket", offers, ("le", "+Inf")) >= 1);
    }

    [Fact]
    public async Task A_failed_feed_sync_raises_the_failed_runs_and_index_lag_is_reported()
    {
        var before = await ScrapeAsync();
        var failed = ("catalogue_sync_outcome", "failed");
        var feed = ("catalogue_sync_origin", "feed");
        Assert.Single(before.Matching("catalogue_sync_runs_total", feed, failed));

        await using var server = await LoopbackServer.StartAsync("/feed", context => Task.CompletedTask);
        var client = host.CreateClient().WithKey(await host.CreateProviderWithKeyAsync("metrics-school"));
        using var added = await client.PostAsJsonAsync("/api/v1/providers/metrics-school/feeds", new { url = server.Address + "/gone", format = "json" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var feedId = (await added.Content.ReadFromJsonAsync<JsonObject>())!.Get<long>("id");
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/api/v1/providers/metrics-school/feeds/{feedId}/sync", null)).StatusCode);
        await Eventually.HoldsAsync(async () => (await client.GetJsonAsync("/api/v1/providers/metrics-school/sync-runs")).Items()
            .Any(r => r.Get<string>("outcome") == "failed"), "the sync of a missing feed fails");

        var after = await ScrapeAsync();
        Assert.Equal(1, after.Sum("catalogue_sync_runs_total", feed, failed) - before.Sum("catalogue_sync_runs_total", feed, failed));
        Assert.Equal(0, after.Sum("catalogue_sync_active_runs"));
        var lag = Assert.Single(after.Matching("catalogue_index_lag"));
        Assert.True(lag.Value >= 0);
        Assert.True(after.Has("catalogue_index_lag_age_seconds"));
        Assert.Equal(2, after.Matching("catalogue_uploads_pending").Count());
    }

    [Fact]
    public async Task A_request_refused_by_the_rate_limiter_is_counted_by_its_budget()
    {
        var anonymous = ("catalogue_ratelimit_budget", "anonymous_read");
        var before = await ScrapeAsync();
        int status;
        do status = (await SendAsync("203.0.113.40", path: "/api/v1/vocabularies")).Response.StatusCode;
        while (status == 200);
        Assert.Equal(429, status);

        var after = await ScrapeAsync();
        Assert.Equal(1, after.Sum("catalogue_ratelimit_rejections_total", anonymous) - before.Sum("catalogue_ratelimit_rejections_total", anonymous));
        Assert.True(after.Sum("http_server_request_duration_seconds_count", ("http_response_status_code", "429")) >= 1);
    }

    [Fact]
    public async Task Metrics_answer_the_allowed_networks_and_admin_keys_and_refuse_everyone_else()
    {
        await host.CreateReadyClientAsync();
        Assert.Equal(200, (await SendAsync("127.0.0.1")).Response.StatusCode);
        Assert.Equal(200, (await SendAsync("::1")).Response.StatusCode);
        Assert.Equal(200, (await SendAsync("203.0.113.50", key: CatalogueApiFactory.AdminKey)).Response.StatusCode);
        var stranger = await SendAsync("203.0.113.50");
        Assert.Equal(403, stranger.Response.StatusCode);
        Assert.Equal("application/problem+json", stranger.Response.ContentType);
        var provider = await host.CreateProviderWithKeyAsync("metrics-provider");
        Assert.Equal(403, (await SendAsync("203.0.113.50", key: provider)).Response.StatusCode);

        var head = await SendAsync("127.0.0.1", "HEAD");
        Assert.Equal((200, ""), (head.Response.StatusCode, await new StreamReader(head.Response.Body).ReadToEndAsync()));
        Assert.Equal(405, (await SendAsync("127.0.0.1", "POST")).Response.StatusCode);
        // Scrapers are never limited: far past the anonymous budget of 2.
        for (var i = 0; i < 5; i++) Assert.Equal(200, (await SendAsync("127.0.0.1")).Response.StatusCode);
    }

    [Fact]
    public async Task Switched_off_there_is_no_metrics_endpoint()
    {
        using var off = new PublishingHost().With("Metrics:Enabled", "false");
        var client = (await off.CreateReadyClientAsync()).WithKey(CatalogueApiFactory.AdminKey);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics (alone: meters are process-wide)";
}
