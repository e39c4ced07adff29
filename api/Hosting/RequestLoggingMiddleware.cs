using System.Diagnostics;

namespace Catalogue.Api.Hosting;

/// <summary>
/// One structured line per request: method, path, the status the client received and duration (query strings are left
/// out of the log). It runs outermost, so the status is the one the exception handler and the status-code pages set; an
/// exception that escapes even those is a 500 from the server, unless the answer had started.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var escaped = false;
        try
        {
            await next(context);
        }
        catch
        {
            escaped = true;
            throw;
        }
        finally
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            string path = context.Request.Path;
            var status = escaped && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            LogRequest(context.Request.Method, path, status, elapsedMs);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} → {StatusCode} in {ElapsedMs:0.0} ms")]
    private partial void LogRequest(string method, string path, int statusCode, double elapsedMs);
}
