using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Catalogue.Bench;

/// <summary>
/// The real API for the soak: the Release build started as its own process on loopback over a data directory, with
/// the rate limiter off (the soak is the only caller, at a rate it chose) and feeds on loopback allowed.
/// </summary>
internal sealed class SoakApi : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private SoakApi(Process process, StreamWriter log, Uri address, string adminKey)
    {
        _process = process;
        _log = log;
        Address = address;
        AdminKey = adminKey;
    }

    public Uri Address { get; }
    public string AdminKey { get; }

    public static async Task<SoakApi> StartAsync(string dataDirectory, bool demoData, string logPath)
    {
        var dll = Path.Combine(RepositoryRoot, "api/bin/Release/net10.0/Catalogue.Api.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: dotnet build -c Release api");
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var adminKey = "soak-admin-" + Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { dll, "--urls", address.ToString().TrimEnd('/') }) start.ArgumentList.Add(argument);
        start.Environment["Catalogue__DataDirectory"] = dataDirectory;
        start.Environment["Catalogue__DemoData"] = demoData ? "true" : "false";
        start.Environment["Catalogue__AdminKey"] = adminKey;
        start.Environment["RateLimits__Enabled"] = "false";
        start.Environment["Feeds__AllowPrivateNetworks"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logPath))!);
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The API did not start.");
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new SoakApi(process, log, address, adminKey);
        using var http = api.Client();
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The API exited with {process.ExitCode}; see {logPath}.");
            try
            {
                using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK) return api;
            }
            catch (HttpRequestException) { }
            if (waited.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException("The API did not become ready in 10 minutes.");
            await Task.Delay(200);
        }
    }

    public HttpClient Client(string? key = null, int connections = 64)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (key is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return http;
    }

    /// <summary>The API process's working set now (bytes).</summary>
    public long WorkingSet()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    /// <summary>Registers a provider and issues it a key, as an administrator would; returns the key.</summary>
    public async Task<string> CreateProviderAsync(Catalogue.Providers.ProviderDraft provider)
    {
        using var admin = Client(AdminKey);
        using var created = await admin.PostAsJsonAsync("/api/v1/admin/providers", new { id = provider.Id, name = provider.Name, type = provider.Type });
        await EnsureAsync(created, "create provider");
        using var issued = await admin.PostAsJsonAsync($"/api/v1/admin/providers/{provider.Id}/keys", new { name = "soak" });
        await EnsureAsync(issued, "issue key");
        return (await issued.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
    }

    public static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The folder of Catalogue.sln, wherever <c>dotnet run</c> was started from.</summary>
    public static string RepositoryRoot { get; } = FindRoot(AppContext.BaseDirectory);

    private static string FindRoot(string from) =>
        File.Exists(Path.Combine(from, "Catalogue.sln")) ? from
        : Directory.GetParent(from) is { } parent ? FindRoot(parent.FullName)
        : Directory.GetCurrentDirectory();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        lock (_log) _log.Dispose();
    }
}
