namespace Catalogue.Api.Hosting;

/// <summary>Answers API calls with 503 and <c>Retry-After</c> until the store is ready, instead of failing on a missing table.</summary>
internal sealed class ReadinessGateMiddleware(RequestDelegate next, Readiness readiness)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (readiness.IsReady || !context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "2";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = 503, Title = "Starting up", Detail = "The catalogue is preparing its store; retry in a few seconds." },
        });
    }
}
