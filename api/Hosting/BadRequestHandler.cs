using Microsoft.AspNetCore.Diagnostics;

namespace Catalogue.Api.Hosting;

/// <summary>
/// A request the server cannot read (a body cut short or over Kestrel's limit, a parameter the framework cannot bind) is
/// the caller's error: answered with its 4xx as a problem, logged as one line at Information, never as an error with a
/// stack trace, which would drown the server's own failures. A handled exception is not logged again by the middleware.
/// </summary>
internal sealed partial class BadRequestHandler(IProblemDetailsService problems, ILogger<BadRequestHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        string path = context.Request.Path;
        LogBadRequest(context.Request.Method, path, bad.StatusCode, bad.Message);
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path}: the request is not valid ({StatusCode}): {Reason}")]
    private partial void LogBadRequest(string method, string path, int statusCode, string reason);
}
