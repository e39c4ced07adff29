using System.Reflection;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// The GraphiQL IDE a browser gets at <c>GET /graphql</c>, with its scripts embedded in this assembly (see
/// <c>ide/README.md</c>): no CDN, so it works offline. Asset names carry their versions, so they may be cached for good.
/// </summary>
internal static class GraphiQLPage
{
    private const string ResourcePrefix = "Catalogue.Api.GraphQL.ide.";

    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Catalogue GraphQL — oferty edukacyjne województwa łódzkiego</title>
          <link rel="stylesheet" href="/graphql/ide/graphiql-2.4.7.min.css">
          <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL…</div>
          <script src="/graphql/ide/react-18.3.1.min.js"></script>
          <script src="/graphql/ide/react-dom-18.3.1.min.js"></script>
          <script src="/graphql/ide/graphiql-2.4.7.min.js"></script>
          <script src="/graphql/ide/start.js"></script>
        </body>
        </html>
        """;

    public static Task WriteAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(Html, context.RequestAborted);
    }

    public static IResult Asset(string file)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + file);
        if (stream is null) return TypedResults.NotFound();
        var contentType = file.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "application/javascript; charset=utf-8";
        var result = TypedResults.Stream(stream, contentType);
        // Versioned names never change content; start.js carries no version, so it is revalidated.
        return file == "start.js" ? result : new CachedForever(result);
    }

    private sealed class CachedForever(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
