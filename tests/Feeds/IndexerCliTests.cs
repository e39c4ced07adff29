using System.Diagnostics;
using Catalogue.Tests.Hosting;

namespace Catalogue.Tests.Feeds;

/// <summary>The standalone indexer as a newcomer runs it: a real process over a real store.</summary>
public sealed class IndexerCliTests
{
    private static async Task<(int ExitCode, string Output)> Indexer(string dataDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Catalogue.Indexer.dll"), .. args, "--Catalogue:DataDirectory", dataDirectory])
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
}
