using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Catalogue.Api.Publishing.Offers;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Publishing;

/// <summary>API keys, policies, the rate limiter and trusted proxies: registered once here, used by every route group.</summary>
internal static class PublishingHosting
{
    public static void AddPublishing(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PublishingOptions>().BindConfiguration(PublishingOptions.Section);
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(PublishingPolicies.Admin, policy => policy.RequireAuthenticatedUser().AddRequirements(new AdminRequirement()))
            .AddPolicy(PublishingPolicies.ProviderOwner, policy => policy.RequireAuthenticatedUser().AddRequirements(new ProviderOwnerRequirement()));
        services.AddSingleton<CatalogueRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<CatalogueRateLimiter>((options, limiter) => limiter.Configure(options));
        services.AddSingleton<UploadQueue>();
        services.AddHostedService<UploadWorker>();
        services.AddSingleton<OfferLocks>();
        services.AddScoped<OwnOfferQueries>();
        services.AddScoped<OfferPublisher>();
        services.AddSingleton<FeedSyncTrigger>();

        // Forwarded headers are believed only from proxies the operator named; otherwise anyone could pick their address.
        var forwarded = builder.Configuration.GetSection("ForwardedHeaders");
        var proxies = forwarded.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = forwarded.GetSection("KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
    }

    /// <summary>Forwarded headers (when trusted), then authentication, the limiter (which needs to know the caller), authorization.</summary>
    public static void UsePublishing(this WebApplication app)
    {
        var forwarded = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        if (forwarded.KnownProxies.Count > 0 || forwarded.KnownIPNetworks.Count > 0) app.UseForwardedHeaders();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        if (app.Services.GetRequiredService<IOptions<PublishingOptions>>().Value.BootstrapAdminHash is null)
            app.Logger.LogWarning("Admin endpoints are closed: no bootstrap admin key. Set Catalogue:AdminKey (env Catalogue__AdminKey) to a long random secret, or Catalogue:AdminKeyHash to its SHA-256 in hex, and restart.");
    }
}
