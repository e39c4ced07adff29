using System.Security.Cryptography;
using Catalogue.Tests.Properties;

namespace Catalogue.Bench;

/// <summary>
/// The long run of the endpoint properties (tests/Properties runs 2,000 cases in CI): the same generators and judge,
/// over real Kestrel and loopback HTTP. Without <c>--url</c> it starts the API itself (<c>dotnet run -c Release
/// --project api</c>) on an empty data directory with a fresh admin key, feeds on loopback allowed and rate limits off,
/// and stops it at the end. Prints violations by kind, one example each with the seed that replays it.
/// </summary>
internal static class PropertiesBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cases = int.Parse(LargeCatalogue.Option(args, "--cases") ?? "100000", CultureInfo.InvariantCulture);
        var seed = ulong.Parse(LargeCatalogue.Option(args, "--seed") ?? "20261203", CultureInfo.InvariantCulture);
        var url = LargeCatalogue.Option(args, "--url");
        var adminKey = LargeCatalogue.Option(args, "--admin-key") ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        using var api = url is null ? await StartApiAsync(adminKey) : null;
        url ??= api!.Url;
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        var document = await http.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        var replay = LargeCatalogue.Option(args, "--replay");

        PropertyReport report;
        try
        {
            report = await new EndpointProperties(http, adminKey, document, behindKestrel: true)
                .RunAsync(seed, cases, replay, Console.WriteLine, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Caught here so that the API this run started is stopped (an unhandled exception would skip the dispose).
            Console.Error.WriteLine(e);
            return 2;
        }

        Console.WriteLine(report.Tallied());
        foreach (var gap in KnownGaps.All.Where(g => !report.GapsUsed.ContainsKey(g))) Console.WriteLine($"known gap not needed: {gap}");
        Console.WriteLine(FormattableString.Invariant(
            $"RESULT properties cases={report.Cases} seconds={report.Elapsed.TotalSeconds:F1} cases_per_s={report.Cases / report.Elapsed.TotalSeconds:F0} five_hundreds={report.FiveHundreds} failures={report.Failures.Count} gaps_used={report.GapsUsed.Count}/{KnownGaps.All.Count}"));
        Console.WriteLine("RESULT properties " + report.Summary());
        return report.FiveHundreds == 0 && report.Failures.Count == 0 ? 0 : 1;
    }

    private static async Task<ApiProcess> StartApiAsync(string adminKey)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Catalogue.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("Catalogue.sln not found above the bench binaries; pass --url and --admin-key.");
        var data = Path.Combine(Path.GetTempPath(), "catalogue-properties", Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo("dotnet", ["run", "-c", "Release", "--project", Path.Combine(root.FullName, "api"), "--no-launch-profile", "--", "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["Catalogue__DataDirectory"] = data;
        info.Environment["Catalogue__AdminKey"] = adminKey;
        info.Environment["Catalogue__DemoData"] = "false";
        info.Environment["RateLimits__Enabled"] = "false";
        info.Environment["Feeds__AllowPrivateNetworks"] = "true";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // "Now listening on:" is how the address of port 0 is learnt.
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet run did not start.");
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            const string marker = "Now listening on: ";
            if (e.Data?.IndexOf(marker, StringComparison.Ordinal) is int at and >= 0) listening.TrySetResult(e.Data[(at + marker.Length)..].Trim());
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        string url;
        try
        {
            url = await listening.Task.WaitAsync(TimeSpan.FromMinutes(5));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        for (var tries = 0; tries < 600; tries++)
        {
            using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            if (ready.IsSuccessStatusCode) break;
            await Task.Delay(100);
        }
        Console.WriteLine($"API at {url} (data {data})");
        return new ApiProcess(process, url, data);
    }

    private sealed record ApiProcess(Process Process, string Url, string DataDirectory) : IDisposable
    {
        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.WaitForExit(10_000);
            Process.Dispose();
            try { Directory.Delete(DataDirectory, recursive: true); }
            catch (IOException) { }
        }
    }
}
