using System.IO.Compression;

namespace Catalogue.Tests.Feeds.FaultInjection;

/// <summary>The ways a feed server has been seen to misbehave.</summary>
public enum FeedServerFault
{
    /// <summary>The body trickles in, slower than the fetch timeout allows.</summary>
    SlowBody,
    /// <summary>Content-Length 1000, then the connection closes after 20 bytes.</summary>
    CutBody,
    /// <summary>A whole, valid document that declares more bytes than it has.</summary>
    WrongContentLength,
    /// <summary>A few kilobytes of gzip that expand to megabytes.</summary>
    GzipBomb,
    /// <summary>Every answer redirects to itself.</summary>
    RedirectLoop,
    /// <summary>The document served as an image.</summary>
    WrongContentType,
    /// <summary>An error page served as 200 text/html.</summary>
    HtmlPage,
    /// <summary>An error page served as 200 application/json.</summary>
    HtmlPageAsJson,
    /// <summary>A chunked body that never ends.</summary>
    EndlessChunkedBody,
}

/// <summary>
/// A feed server on 127.0.0.1 (<see cref="LoopbackServer"/>) that serves <see cref="Body"/> well, or misbehaves as
/// <see cref="Fault"/> says; both can be changed between syncs.
/// </summary>
public sealed class MisbehavingFeedServer : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    private volatile object? _fault;

    public string Body { get; set; } = "";

    public FeedServerFault? Fault
    {
        get => (FeedServerFault?)_fault;
        set => _fault = value;
    }

    public string Url => _server.Address + "/feed";

    public static async Task<MisbehavingFeedServer> StartAsync()
    {
        var server = new MisbehavingFeedServer();
        server._server = await LoopbackServer.StartAsync("/feed", server.ServeAsync);
        return server;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        var body = Encoding.UTF8.GetBytes(Body);
        response.ContentType = "application/json";
        try
        {
            switch (Fault)
            {
                case null:
                    await response.Body.WriteAsync(body, aborted);
                    break;
                case FeedServerFault.SlowBody:
                    foreach (var b in body)
                    {
                        await response.Body.WriteAsync(new[] { b }, aborted);
                        await response.Body.FlushAsync(aborted);
                        await Task.Delay(200, aborted);
                    }
                    break;
                case FeedServerFault.CutBody:
                    response.ContentLength = 1000;
                    await response.Body.WriteAsync(body.AsMemory(0, 20), aborted);
                    await CloseAfterSentAsync(context);
                    break;
                case FeedServerFault.WrongContentLength:
                    response.ContentLength = body.Length + 100;
                    await response.Body.WriteAsync(body, aborted);
                    await CloseAfterSentAsync(context);
                    break;
                case FeedServerFault.GzipBomb:
                    response.Headers.ContentEncoding = "gzip";
                    await response.Body.WriteAsync(Bomb.Value, aborted);
                    break;
                case FeedServerFault.RedirectLoop:
                    response.Redirect(context.Request.Path);
                    break;
                case FeedServerFault.WrongContentType:
                    response.ContentType = "image/png";
                    await response.Body.WriteAsync(body, aborted);
                    break;
                case FeedServerFault.HtmlPage:
                    response.ContentType = "text/html; charset=utf-8";
                    await response.WriteAsync("<!DOCTYPE html><html><body><h1>Przerwa techniczna</h1></body></html>", aborted);
                    break;
                case FeedServerFault.HtmlPageAsJson:
                    await response.WriteAsync("<!DOCTYPE html><html><body><h1>Przerwa techniczna</h1></body></html>", aborted);
                    break;
                case FeedServerFault.EndlessChunkedBody:
                    await response.WriteAsync("{\"version\":1,\"offers\":[", aborted);
                    var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"externalId\":\"x\"},", 400)));
                    while (true)
                    {
                        await response.Body.WriteAsync(chunk, aborted);
                        await response.Body.FlushAsync(aborted);
                    }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The catalogue gave up on the download, as it should.
        }
    }

    /// <summary>
    /// Closes the connection once what was written has gone out: an abort right after the flush can overtake the
    /// headers, and the client would see a failed request instead of a body cut short.
    /// </summary>
    private static async Task CloseAfterSentAsync(HttpContext context)
    {
        await context.Response.Body.FlushAsync(context.RequestAborted);
        await Task.Delay(100, context.RequestAborted);
        context.Abort();
    }

    /// <summary>A JSON feed's start followed by 20 MB of spaces, gzipped to a few kilobytes.</summary>
    private static readonly Lazy<byte[]> Bomb = new(() =>
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize))
        {
            gzip.Write("{\"version\":1,\"offers\":["u8);
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 20; i++) gzip.Write(spaces);
            gzip.Write("]}"u8);
        }
        return compressed.ToArray();
    });

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
