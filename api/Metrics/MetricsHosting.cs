using OpenTelemetry.Metrics;

namespace Catalogue.Api.Metrics;

/// <summary>
/// <c>/metrics</c> in the Prometheus text format: OpenTelemetry's SDK listening to the catalogue's meter, ASP.NET Core's
/// request, Kestrel and rate-limiting meters and the runtime's; served by the OpenTelemetry Prometheus exporter.
/// </summary>
internal static class MetricsHosting
{
    private const string Path = "/metrics";

    public static IServiceCollection AddCatalogueMetrics(this IServiceCollection services)
    {
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>();
        services.AddSingleton<StoreReadings>();
        services.AddSingleton<CatalogueMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(CatalogueMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime")
            // Each scrape collects afresh: the store's counts are read just before it (StoreReadings).
            .AddPrometheusExporter(exporter => exporter.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }

    /// <summary>
    /// Maps <c>GET /metrics</c> (HEAD too) when <see cref="MetricsOptions.Enabled"/>: not in the OpenAPI document (it is
    /// not part of the public API), never rate limited (a scraper must not see gaps), guarded by <see cref="MetricsAccessMiddleware"/>.
    /// </summary>
    public static void MapCatalogueMetrics(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Enabled) return;
        // The observable instruments exist once their owner does; create it now, not at the first search.
        app.Services.GetRequiredService<CatalogueMetrics>();
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.UseMiddleware<MetricsAccessMiddleware>(), optionsName: null)
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]))
            .ExcludeFromDescription()
            .DisableRateLimiting();
    }
}
