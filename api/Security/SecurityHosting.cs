using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace Catalogue.Api.Security;

/// <summary>
/// The cross-cutting HTTP rules every door shares, registered once: API keys (authentication and the two policies),
/// the rate limiter, trusted proxies. Features only name a policy on their route group.
/// </summary>
internal static class SecurityHosting
{
    public static void AddCatalogueSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Admin, policy => policy.RequireAuthenticatedUser().AddRequirements(new AdminRequirement()))
            .AddPolicy(AccessPolicies.ProviderOwner, policy => policy.RequireAuthenticatedUser().AddRequirements(new ProviderOwnerRequirement()));
        services.AddSingleton<CatalogueRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<CatalogueRateLimiter>((options, limiter) => limiter.Configure(options));
        services.AddTrustedProxies(configuration);
    }

    /// <summary>Forwarded headers (when trusted), then authentication, the limiter (which needs to know the caller), authorization.</summary>
    public static void UseCatalogueSecurity(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        if (ApiKeySecrets.BootstrapAdminHash(app.Services.GetRequiredService<IOptions<CatalogueOptions>>().Value) is null)
            app.Logger.LogWarning("Admin endpoints are closed: no bootstrap admin key. Set Catalogue:AdminKey (env Catalogue__AdminKey) to a long random secret, or Catalogue:AdminKeyHash to its SHA-256 in hex, and restart.");
    }
}
