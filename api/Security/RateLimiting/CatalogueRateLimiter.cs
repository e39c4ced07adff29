using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Catalogue.Api.Security;

/// <summary>
/// The one limiter of the API (installed as the global limiter): fixed windows partitioned by who calls and how.
/// It is a service of its own so that an endpoint whose cost is only known after parsing (GraphQL) can take the extra
/// permits from the same partition with <see cref="TryChargeGraphQLCostAsync"/> and answer with the same 429.
/// </summary>
public sealed class CatalogueRateLimiter
{
    private readonly RateLimitOptions _options;

    public CatalogueRateLimiter(IOptions<RateLimitOptions> options)
    {
        _options = options.Value;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var (partition, permits, window) = PartitionOf(context);
            return permits is null
                ? RateLimitPartition.GetNoLimiter(partition)
                : RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits.Value, Window = window, QueueLimit = 0, AutoReplenishment = true,
                });
        });
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>
    /// Takes <paramref name="permits"/> more permits from the caller's partition. Null when granted; otherwise the 429
    /// to return (with <c>Retry-After</c>), already counted.
    /// </summary>
    public async ValueTask<IResult?> TryChargeAsync(HttpContext context, int permits, CancellationToken cancellationToken)
    {
        if (permits <= 0) return null;
        // A cost beyond a whole window's budget takes the whole budget (the limiter refuses to count past its limit).
        if (PartitionOf(context).Permits is { } budget) permits = Math.Min(permits, budget);
        using var lease = await Limiter.AcquireAsync(context, permits, cancellationToken);
        if (lease.IsAcquired) return null;
        return new RejectedResult(this, lease);
    }

    /// <summary>
    /// Charges a GraphQL request's cost (in GraphQL cost units, <see cref="RateLimitOptions.GraphQLCostPerPermit"/> to a
    /// permit): the request already took one permit on the way in, so the rest are taken now. Null when granted.
    /// </summary>
    public ValueTask<IResult?> TryChargeGraphQLCostAsync(HttpContext context, int costUnits, CancellationToken cancellationToken) =>
        Permits(costUnits) > 1 ? TryChargeAsync(context, Permits(costUnits) - 1, cancellationToken) : ValueTask.FromResult<IResult?>(null);

    private int Permits(int costUnits) => (costUnits + Math.Max(1, _options.GraphQLCostPerPermit) - 1) / Math.Max(1, _options.GraphQLCostPerPermit);

    /// <summary>Which budget a request draws on: (partition key, permits per window or null for unlimited, window).</summary>
    internal (string Partition, int? Permits, TimeSpan Window) PartitionOf(HttpContext context)
    {
        if (!_options.Enabled || context.Request.Path.StartsWithSegments("/health")) return ("none", null, _options.Window);
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (context.Items.ContainsKey(ApiKeyAuthenticationHandler.FailedItem))
            return ($"failed-auth:{address}", _options.FailedAuth, _options.FailedAuthWindow);
        // GraphQL queries arrive as POST but read; the GraphQL endpoint charges its computed cost on top (TryChargeGraphQLCostAsync).
        var write = !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
            && !context.Request.Path.StartsWithSegments("/graphql");
        var caller = Caller.From(context.User);
        if (caller is not null)
        {
            var who = caller.KeyId?.ToString(CultureInfo.InvariantCulture) ?? "bootstrap";
            return write ? ($"key:{who}:write", _options.KeyedWrites, _options.Window) : ($"key:{who}:read", _options.KeyedReads, _options.Window);
        }
        return write ? ($"ip:{address}:write", _options.AnonymousWrites, _options.Window) : ($"ip:{address}:read", _options.AnonymousReads, _options.Window);
    }

    /// <summary>The 429 answer: <c>Retry-After</c> from the lease, <c>RateLimit-*</c> headers, a ProblemDetails body.</summary>
    internal async ValueTask WriteRejectionAsync(HttpContext context, RateLimitLease lease)
    {
        var (partition, permits, window) = PartitionOf(context);
        context.RequestServices.GetRequiredService<Metrics.CatalogueMetrics>().RateLimitRejected(partition);
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds;
        response.Headers["RateLimit-Limit"] = (permits ?? 0).ToString(CultureInfo.InvariantCulture);
        response.Headers["RateLimit-Remaining"] = "0";
        response.Headers["RateLimit-Reset"] = seconds;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This caller's budget is spent; try again in {seconds} s. Limits are listed in the README (RateLimits).",
            },
        });
    }

    internal void Configure(RateLimiterOptions options)
    {
        options.GlobalLimiter = Limiter;
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = (rejected, _) => WriteRejectionAsync(rejected.HttpContext, rejected.Lease);
    }

    private sealed class RejectedResult(CatalogueRateLimiter limiter, RateLimitLease lease) : IResult
    {
        // The lease's metadata is read now: the caller disposes the lease once this result is returned.
        private readonly TimeSpan? _retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : null;

        public Task ExecuteAsync(HttpContext httpContext) =>
            limiter.WriteRejectionAsync(httpContext, new FixedLease(_retryAfter)).AsTask();
    }

    private sealed class FixedLease(TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => false;
        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
