namespace Catalogue.Tests.Hosting;

/// <summary>The API (or the standalone indexer) as its own operating-system process, for tests that need two processes.</summary>
public sealed class CatalogueProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private CatalogueProcess(Process process) => _process = process;

    public string Output { get { lock (_output) return _output.ToString(); } }
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    public static CatalogueProcess Start(string dataDirectory, IDictionary<string, string>? settings = null) =>
        Start("Catalogue.Api.dll", ["--urls", "http://127.0.0.1:0"], dataDirectory, settings);

    /// <summary>The standalone indexer (<c>Catalogue.Indexer.Cli.dll</c>) running <paramref name="args"/>, e.g. <c>watch</c>.</summary>
    public static CatalogueProcess StartIndexer(string dataDirectory, params string[] args) => Start("Catalogue.Indexer.Cli.dll", args, dataDirectory, null);

    /// <summary>The standalone indexer (<c>Catalogue.Indexer.Cli.dll</c>) with environment settings (e.g. <c>Feeds__AllowPrivateNetworks</c>).</summary>
    public static CatalogueProcess StartIndexer(string dataDirectory, IDictionary<string, string> settings, params string[] args) =>
        Start("Catalogue.Indexer.Cli.dll", args, dataDirectory, settings);

    private static CatalogueProcess Start(string assembly, string[] args, string dataDirectory, IDictionary<string, string>? settings)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, assembly), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["Catalogue__DataDirectory"] = dataDirectory;
        info.Environment["Logging__Console__FormatterName"] = "simple";
        // Tests poll the API in tight loops from one address; the limiter is tested in a host of its own.
        info.Environment["RateLimits__Enabled"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) info.Environment[key] = value;
        var process = new Process { StartInfo = info };
        var api = new CatalogueProcess(process);
        process.OutputDataReceived += (_, e) => api.Append(e.Data);
        process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>The address Kestrel printed ("Now listening on: http://127.0.0.1:port"), once it has.</summary>
    public string? ListeningUrl()
    {
        const string marker = "Now listening on: ";
        var output = Output;
        var at = output.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? null : output[(at + marker.Length)..].Split('\n')[0].Trim();
    }

    /// <summary>Waits until the output contains <paramref name="text"/> or the process exits.</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var deadline = timeout;
        while (waited.Elapsed < deadline)
        {
            if (Output.Contains(text, StringComparison.Ordinal)) return true;
            if (_process.HasExited) return Output.Contains(text, StringComparison.Ordinal);
            await Task.Delay(100);
        }
        return false;
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(cancel.Token); return true; }
        catch (OperationCanceledException) { return false; }
    }

    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
    }

    public void Dispose()
    {
        Kill();
        _process.WaitForExit(10_000);
        _process.Dispose();
    }
}
