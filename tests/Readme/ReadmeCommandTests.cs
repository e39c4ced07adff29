using System.Text.Json;

namespace Catalogue.Tests.Readme;

/// <summary>
/// Every shell block of the README runs as written against a started catalogue (demo region, an admin key), so a
/// newcomer's copy-paste works. A block that needs what a test cannot give (Docker, the catalogue's own start, the test
/// command itself) is fenced <c>bash manual</c> followed by the reason.
/// </summary>
public sealed class ReadmeCommandTests(ReadmeCatalogue catalogue) : IClassFixture<ReadmeCatalogue>
{
    public static TheoryData<int> ShellBlocks()
    {
        var data = new TheoryData<int>();
        var blocks = ReadmeBlocks.Parse(ReadmeBlocks.ReadmeText);
        for (var i = 0; i < blocks.Count; i++) if (blocks[i].Info == "bash") data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(ShellBlocks))]
    public async Task A_readme_shell_block_runs_as_written(int index)
    {
        var block = ReadmeBlocks.Parse(ReadmeBlocks.ReadmeText)[index];
        var outcome = await catalogue.RunAsync(block.Text);
        Assert.True(outcome.ExitCode == 0, $"{block.Name} failed (exit {outcome.ExitCode}):\n{outcome.Output}");
    }

    [Fact]
    public void Every_readme_block_is_run_or_says_why_not()
    {
        var blocks = ReadmeBlocks.Parse(ReadmeBlocks.ReadmeText);
        Assert.Contains(blocks, b => b.Info == "bash");
        foreach (var block in blocks)
        {
            var language = block.Info.Split(' ', 2)[0];
            Assert.True(language is "bash" or "text" or "json" or "csv" or "graphql" or "promql" or "http" or "yaml",
                $"{block.Name}: fence it as bash (run by this test), bash manual <reason>, or a non-shell language, not '{block.Info}'");
            if (language == "bash" && block.Info != "bash")
                Assert.Matches(@"^bash manual\s+\S.{5,}", block.Info);
        }
    }

    [Fact]
    public void A_command_promising_a_status_is_checked_for_it()
    {
        var commands = ReadmeBlocks.Commands("curl -i 'http://localhost:5000/x?a=1'  # 400 problem naming a\ncurl 'http://localhost:5000/y' # the provider's offers\ncurl -X POST x \\\n  -d '{}'   # → 202, Location");
        Assert.Equal(["400", null, "202"], commands.Select(ReadmeBlocks.ExpectedStatus));
    }
}

/// <summary>The catalogue the README's commands talk to: the API as its own process with the demo region and an admin key.</summary>
public sealed class ReadmeCatalogue : IAsyncLifetime
{
    private readonly string _workspace = Directory.CreateTempSubdirectory("catalogue-readme-").FullName;
    private readonly string _dataDirectory = CatalogueApiFactory.NewDataDirectory();
    private readonly string _adminKey = "readme-admin-" + Guid.NewGuid().ToString("n");
    private CatalogueProcess? _api;
    private string _address = "";

    public async Task InitializeAsync()
    {
        // The reader's working directory is a clone: the examples under schema/, the API's data under api/data.
        Directory.CreateSymbolicLink(Path.Combine(_workspace, "schema"), Path.Combine(Catalogue.Tests.OpenApi.RepositoryRoot.Path, "schema"));
        Directory.CreateDirectory(Path.Combine(_workspace, "api"));
        Directory.CreateSymbolicLink(Path.Combine(_workspace, "api", "data"), _dataDirectory);
        _api = CatalogueProcess.Start(_dataDirectory, new Dictionary<string, string> { ["Catalogue__AdminKey"] = _adminKey });
        Assert.True(await _api.WaitForOutputAsync("Catalogue ready", TimeSpan.FromSeconds(120)), _api.Output);
        _address = new Uri(_api.ListeningUrl() ?? throw new InvalidOperationException(_api.Output)).Authority;
        using var client = new HttpClient { BaseAddress = new Uri("http://" + _address) };
        // The demo region is searchable once its feeds are synced and indexed.
        var indexed = await Eventually.TryAsync(async () =>
        {
            using var response = await client.GetAsync("/api/v1/offers?q=spawacz&facets=false");
            if (!response.IsSuccessStatusCode) return false;
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            return page.GetProperty("total").GetInt32() > 0;
        }, TimeSpan.FromSeconds(120));
        Assert.True(indexed, "The demo region was not indexed:\n" + _api.Output);
    }

    public Task<ReadmeShell.Outcome> RunAsync(string block) => ReadmeShell.RunAsync(block, _workspace, new Dictionary<string, string>
    {
        ["README_API"] = _address,
        ["README_CLI"] = Path.Combine(AppContext.BaseDirectory, "Catalogue.Indexer.Cli.dll"),
        // The README's precondition for the publishing block: the API was started with Catalogue__AdminKey="$ADMIN".
        ["ADMIN"] = _adminKey,
        ["Catalogue__DataDirectory"] = _dataDirectory,
        ["RateLimits__Enabled"] = "false",
    });

    public Task DisposeAsync()
    {
        _api?.Dispose();
        try { Directory.Delete(_workspace, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
