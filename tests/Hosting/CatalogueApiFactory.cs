using Microsoft.AspNetCore.Mvc.Testing;

namespace Catalogue.Tests.Hosting;

/// <summary>
/// The real API over a real SQLite file in its own temporary data directory. Settings are passed the way an operator
/// passes them (configuration keys), so the tests exercise the same start-up path as <c>dotnet run --project api</c>,
/// including the indexer's composition root and start-up lifecycle. It keeps the real clock: its tests wait for the
/// background drain, the feed scheduler and uploads, which run on timers; tests below the API use <see cref="IndexingHarness"/>
/// and its fake clock.
/// </summary>
public class CatalogueApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new();

    public CatalogueApiFactory() : this(NewDataDirectory())
    {
    }

    public CatalogueApiFactory(string dataDirectory, bool demoData = true)
    {
        DataDirectory = dataDirectory;
        _settings["Catalogue:DataDirectory"] = dataDirectory;
        _settings["Catalogue:DemoData"] = demoData ? "true" : "false";
        _settings["Catalogue:AdminKey"] = AdminKey;
        // Most test classes fire hundreds of requests from one (absent) address; the limiter has its own test host.
        _settings["RateLimits:Enabled"] = "false";
    }

    /// <summary>The bootstrap admin key every test host starts with.</summary>
    public const string AdminKey = "test-admin-key-0123456789abcdef";

    public string DataDirectory { get; }

    /// <summary>One more setting, as an operator would pass it (e.g. <c>Indexer:RunInApi</c>).</summary>
    public CatalogueApiFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Leave the data directory in place on dispose, for a test that starts the catalogue again on it.</summary>
    public bool KeepDataDirectory { get; init; }

    public static string NewDataDirectory() =>
        Path.Combine(Path.GetTempPath(), "catalogue-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.UseEnvironment("Production");
    }

    /// <summary>A client once <c>/health/ready</c> answers 200 (migrations ran, demo data loaded).</summary>
    public async Task<HttpClient> CreateReadyClientAsync()
    {
        var client = CreateClient();
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await client.GetAsync("/health/ready");
            return response.StatusCode == HttpStatusCode.OK;
        }, "the catalogue becomes ready (/health/ready 200)");
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        SqliteConnection.ClearAllPools();
        if (KeepDataDirectory) return;
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>One demo catalogue shared, read-only, by the test classes that only read it.</summary>
public sealed class DemoCatalogueFixture : IAsyncLifetime
{
    public CatalogueApiFactory Factory { get; } = new();
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync() => Client = await Factory.CreateReadyClientAsync();

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class DemoCatalogueCollection : ICollectionFixture<DemoCatalogueFixture>
{
    public const string Name = "Demo catalogue (read-only)";
}
