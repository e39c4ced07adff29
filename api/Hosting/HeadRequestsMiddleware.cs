namespace Catalogue.Api.Hosting;

/// <summary>
/// HEAD wherever GET is served (RFC 9110 §9.3.2): the request is routed and answered as its GET, with the same status
/// and headers; Kestrel sends no body for a HEAD request. Placed before routing so that every GET endpoint takes it.
/// </summary>
internal sealed class HeadRequestsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }
}
