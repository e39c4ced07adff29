using Catalogue.Api.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Catalogue.Api.Health;

internal static class HealthEndpoints
{
    /// <summary>The readiness report as JSON: overall status and each check with its data (e.g. the search index lag).</summary>
    private static Task WriteJson(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        });
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the store is migrated and seeded.</summary>
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // Health checks answer every method unless told: anything but GET (and HEAD, served as GET) is 405 with Allow.
        var readOnly = new HttpMethodMetadata([HttpMethods.Get]);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(readOnly);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteJson }).WithMetadata(readOnly);
    }
}

internal sealed class ReadinessHealthCheck(Readiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy("Store migrated; demo data loaded where enabled.")
            : HealthCheckResult.Unhealthy("Starting: migrating the store and loading demo data."));
}

/// <summary>
/// How far the search index is behind the store (change-log rows not yet indexed, and the age of the oldest):
/// Degraded, still serving, when a change has waited more than a minute.
/// </summary>
internal sealed class IndexLagHealthCheck(IServiceScopeFactory scopes, Readiness readiness, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsReady) return HealthCheckResult.Unhealthy("The search index is being built.");
        await using var scope = scopes.CreateAsyncScope();
        Catalogue.Indexer.Indexing.IndexLag lag;
        try
        {
            lag = await scope.ServiceProvider.GetRequiredService<Catalogue.Indexer.Indexing.IndexLagProbe>().LagAsync(clock, cancellationToken);
        }
        catch (Catalogue.Search.SearchUnavailableException unavailable)
        {
            return HealthCheckResult.Unhealthy($"The search engine is unavailable: {unavailable.Message}");
        }
        var data = new Dictionary<string, object> { ["outboxDepth"] = lag.Depth, ["oldestSeconds"] = Math.Round(lag.OldestAge.TotalSeconds, 1), ["checkpoint"] = lag.Checkpoint };
        return lag.OldestAge > TimeSpan.FromMinutes(1)
            ? HealthCheckResult.Degraded($"{lag.Depth} changes wait for the search index; the oldest for {lag.OldestAge.TotalSeconds:N0} s.", data: data)
            : HealthCheckResult.Healthy($"{lag.Depth} changes wait for the search index.", data);
    }
}
