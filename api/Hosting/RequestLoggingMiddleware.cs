using System.Diagnostics;

namespace Catalogue.Api.Hosting;

/// <summary>One structured line per request: method, path, status and duration (query strings are left out of the log).</summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            string path = context.Request.Path;
            LogRequest(context.Request.Method, path, context.Response.StatusCode, elapsedMs);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} → {StatusCode} in {ElapsedMs:0.0} ms")]
    private partial void LogRequest(string method, string path, int statusCode, double elapsedMs);
}
