using System.Net;
using Catalogue.Api.Security;

namespace Catalogue.Api.Metrics;

/// <summary>
/// In front of the exporter: <c>/metrics</c> answers scrapers in <see cref="MetricsOptions.AllowedNetworks"/> and
/// admin keys, 403 to everyone else; then it reads the store's counts so that the scrape reports them as of now.
/// </summary>
internal sealed class MetricsAccessMiddleware(RequestDelegate next, IOptions<MetricsOptions> options, StoreReadings store)
{
    private readonly IReadOnlyList<IPNetwork> _networks = options.Value.Networks();

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (!MayRead(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "Metrics are for the operator",
                    Detail = "Scrape from a network listed in Metrics:AllowedNetworks, or present an admin key.",
                },
            });
            return;
        }
        await store.RefreshAsync(context.RequestAborted);
        await next(context);
    }

    private bool MayRead(HttpContext context)
    {
        if (Caller.From(context.User)?.IsAdmin == true) return true;
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return _networks.Any(network => network.Contains(address));
    }
}
