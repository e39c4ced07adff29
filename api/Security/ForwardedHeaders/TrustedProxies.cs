using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Catalogue.Api.Security;

/// <summary>
/// Forwarded headers (<c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c>) are believed only from the proxies and networks
/// the operator named in <c>ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c>: otherwise anyone could choose the
/// address the rate limiter and the audit log see.
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static void AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var forwarded = configuration.GetSection(Section);
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

    public static void UseTrustedProxies(this WebApplication app)
    {
        var forwarded = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        if (forwarded.KnownProxies.Count > 0 || forwarded.KnownIPNetworks.Count > 0) app.UseForwardedHeaders();
    }
}
