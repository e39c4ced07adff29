namespace Catalogue.Api.Hosting;

/// <summary>Headers every response of a public API carries, whatever produced it.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            // A request that presents a key gets an answer for that key alone (and may carry a secret, as issuing or
            // rotating a key does): no shared or browser cache may keep it.
            if (context.Request.Headers.ContainsKey("Authorization") || context.Request.Headers.ContainsKey("X-Api-Key"))
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
