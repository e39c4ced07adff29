namespace Catalogue.Tests.Hosting;

/// <summary>
/// A real HTTP server on 127.0.0.1 with one route, for feeds the catalogue pulls (and misbehaving servers): the test
/// writes the handler, the server picks a free port.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Address { get; }

    public static async Task<LoopbackServer> StartAsync(string path, RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet(path, handler);
        await app.StartAsync();
        return new LoopbackServer(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
