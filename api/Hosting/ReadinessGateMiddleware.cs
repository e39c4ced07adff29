namespace Catalogue.Api.Hosting;

/// <summary>Answers API calls (REST and GraphQL) with 503 and <c>Retry-After</c> until the store is ready, instead of failing on a missing table.</summary>
internal sealed class ReadinessGateMiddleware(RequestDelegate next, Readiness readiness)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (readiness.IsReady || !NeedsStore(context.Request))
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

    /// <summary>REST calls and GraphQL requests; not the GraphQL IDE page a browser opens, nor its assets.</summary>
    private static bool NeedsStore(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        || (request.Path.Equals("/graphql", StringComparison.OrdinalIgnoreCase)
            && !(HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && GraphQL.GraphQLMediaTypes.PrefersHtml(request)));
}
