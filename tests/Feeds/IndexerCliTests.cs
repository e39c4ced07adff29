using Catalogue.Tests.Search.Elasticsearch;

namespace Catalogue.Tests.Feeds;

/// <summary>The standalone indexer as a newcomer runs it: a real process over a real store.</summary>
public sealed class IndexerCliTests
{
    private static async Task<(int ExitCode, string Output)> Indexer(string dataDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Catalogue.Indexer.Cli.dll"), .. args, "--Catalogue:DataDirectory", dataDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task Import_applies_a_csv_reports_its_bad_rows_and_status_shows_the_result()
    {
        var directory = CatalogueApiFactory.NewDataDirectory();
        string provider;
        using (var api = new CatalogueApiFactory(directory) { KeepDataDirectory = true })
        {
            var client = await api.CreateReadyClientAsync();
            provider = (await client.GetJsonAsync("/api/v1/providers?pageSize=1&type=ngo")).Items().Single().Get<string>("id");
        }
        var csv = Path.Combine(directory, "oferty.csv");
        await File.WriteAllTextAsync(csv, """
            externalId;sector;kind;title;mode;isFree;city;runStart
            CLI-1;adult;warsztaty;Warsztaty pisania CV i rozmowy kwalifikacyjnej;stacjonarne;tak;Łódź;2027-03-01
            CLI-2;adult;warsztaty;Warsztaty bez miejsca;stacjonarne;tak;Atlantyda;2027-03-01
            """);
        try
        {
            var (code, output) = await Indexer(directory, "import", csv, "--provider", provider, "--partial");
            Assert.Equal(0, code);
            Assert.Contains("Succeeded", output);
            Assert.Contains("locations[0].powiatCode", output);

            var (statusCode, status) = await Indexer(directory, "status");
            Assert.Equal(0, statusCode);
            Assert.Contains("717 active", status.Replace("\u00a0", " ", StringComparison.Ordinal));

            var (missingCode, missing) = await Indexer(directory, "import", csv, "--provider", "nobody");
            Assert.Equal(1, missingCode);
            Assert.Contains("no provider", missing);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task A_feed_registered_from_the_command_line_is_synced_and_listed()
    {
        var directory = CatalogueApiFactory.NewDataDirectory();
        string provider;
        using (var api = new CatalogueApiFactory(directory, demoData: false) { KeepDataDirectory = true })
        {
            await api.CreateReadyClientAsync();
            await using var scope = api.Services.CreateAsyncScope();
            provider = "cli-uczelnia";
            await scope.ServiceProvider.GetRequiredService<Catalogue.Providers.ProviderWriter>().UpsertAsync(
                [new Catalogue.Providers.ProviderDraft(provider, "Uczelnia z wiersza poleceń", "university")], false, CancellationToken.None);
        }
        var page = Path.Combine(directory, "kierunki.html");
        await File.WriteAllTextAsync(page, """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"EducationalOccupationalProgram","identifier":"INF-1","name":"Informatyka stosowana",
             "programType":"Studia I stopnia","educationalProgramMode":"full-time","startDate":"2027-10-01","location":"Piotrków Trybunalski"}
            </script></head></html>
            """);
        try
        {
            var (addCode, added) = await Indexer(directory, "feeds", "add", page, "--provider", provider);
            Assert.Equal(0, addCode);
            Assert.Contains("JsonLd", added);
            var feed = System.Text.RegularExpressions.Regex.Match(added, @"Feed (\d+) registered").Groups[1].Value;

            var (syncCode, synced) = await Indexer(directory, "sync", "--feed", feed);
            Assert.True(syncCode == 0, synced);
            Assert.Contains("Succeeded", synced);
            var (_, listed) = await Indexer(directory, "feeds");
            Assert.Contains("kierunki.html", listed);

            var (badCode, bad) = await Indexer(directory, "feeds", "add", "ftp://example.org/x.csv", "--provider", provider);
            Assert.Equal(1, badCode);
            Assert.Contains("not an http(s) address", bad);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task An_unknown_command_or_a_missing_option_is_refused_with_its_reason_and_a_failing_exit_code()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"catalogue-cli-{Guid.NewGuid():N}");
        var (unknownCode, unknown) = await Indexer(directory, "frobnicate");
        Assert.Equal(1, unknownCode);
        Assert.Contains("Unknown command 'frobnicate'", unknown);

        var (optionCode, option) = await Indexer(directory, "status", "--verbose");
        Assert.Equal(1, optionCode);
        Assert.Contains("Unknown option 'verbose'", option);

        var (addCode, add) = await Indexer(directory, "feeds", "add", "https://example.org/feed.csv");
        Assert.Equal(1, addCode);
        Assert.Contains("feeds add needs a URL (or file) and --provider <id>.", add);
        Assert.False(Directory.Exists(directory), "a refused command touches no store");
    }

    [Fact]
    public async Task Status_reports_the_index_position_its_engine_gives_on_lucene_and_on_elasticsearch()
    {
        var directory = CatalogueApiFactory.NewDataDirectory();
        using (var api = new CatalogueApiFactory(directory, demoData: false) { KeepDataDirectory = true })
        {
            var client = await api.CreateReadyClientAsync();
            await using (var scope = api.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<Catalogue.Providers.ProviderWriter>().UpsertAsync(
                    [new Catalogue.Providers.ProviderDraft("status-school", "Szkoła od statusu", "school")], false, CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<OfferWriter>().UpsertAsync("status-school",
                [
                    new OfferDraft { ExternalId = "s-1", Sector = Sector.Adult, Kind = "kurs", Title = "Kurs wikliniarstwa", Mode = "online", IsOnline = true },
                    new OfferDraft { ExternalId = "s-2", Sector = Sector.Adult, Kind = "kurs", Title = "Kurs garncarstwa", Mode = "online", IsOnline = true },
                ], OfferSource.Api, isDemo: false, CancellationToken.None);
            }
            var waited = System.Diagnostics.Stopwatch.StartNew();
            var deadline = TimeSpan.FromSeconds(10);
            while ((await client.GetJsonAsync("/api/v1/offers?pageSize=1&facets=false")).Get<long>("total") < 2 && waited.Elapsed < deadline) await Task.Delay(50);
        }
        await using var cluster = await FakeElasticsearch.StartAsync();
        // The cluster's index stands one change behind the store: only the engine itself can say so.
        cluster.Answer = r => r.Method == "GET" && r.Path.EndsWith("/_mapping", StringComparison.Ordinal)
            ? new FakeResponse(200, """{"catalogue-offers-v3-20261101080000000":{"mappings":{"_meta":{"schema":"3","analysis":"fallback","checkpoint":1}}}}""")
            : null;
        try
        {
            var (code, lucene) = await Indexer(directory, "status");
            Assert.Equal(0, code);
            Assert.Contains("at change 2 (0 behind)", lucene);

            var (clusterCode, elasticsearch) = await Indexer(directory, "status", "--Search:Engine", "elasticsearch", "--Search:Elasticsearch:Url", cluster.Url.ToString());
            Assert.True(clusterCode == 0, elasticsearch);
            Assert.Contains("at change 1 (1 behind)", elasticsearch);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, true); } catch (IOException) { }
        }
    }
}
