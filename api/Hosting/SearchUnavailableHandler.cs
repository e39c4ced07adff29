using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;

namespace Catalogue.Api.Hosting;

/// <summary>
/// A search the engine cannot answer now is 503 with <c>Retry-After</c>, not a 500: the fault is temporary and the
/// caller may retry; endpoints that read only the store never reach the engine and keep answering.
/// </summary>
internal sealed class SearchUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not SearchUnavailableException unavailable) return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(unavailable.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Search is unavailable",
                Detail = "The search engine cannot answer now; offers, providers and vocabularies still can. Retry later.",
            },
        });
    }
}
