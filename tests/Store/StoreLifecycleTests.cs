namespace Catalogue.Tests.Store;

public sealed class StoreLifecycleTests
{
    [Fact]
    public async Task Restart_keeps_the_catalogue_and_does_not_load_the_demo_twice()
    {
        var directory = CatalogueApiFactory.NewDataDirectory();
        string firstPage;
        using (var first = new CatalogueApiFactory(directory) { KeepDataDirectory = true })
        {
            var client = await first.CreateReadyClientAsync();
            firstPage = (await client.GetJsonAsync("/api/v1/offers?pageSize=100&sort=title")).ToJsonString();
        }

        using var second = new CatalogueApiFactory(directory);
        var again = await second.CreateReadyClientAsync();
        var secondPage = (await again.GetJsonAsync("/api/v1/offers?pageSize=100&sort=title")).ToJsonString();
        Assert.Equal(firstPage, secondPage);
    }

    [Fact]
    public async Task Without_demo_data_the_catalogue_starts_empty_and_ready()
    {
        using var factory = new CatalogueApiFactory(CatalogueApiFactory.NewDataDirectory(), demoData: false);
        var client = await factory.CreateReadyClientAsync();
        var page = await client.GetJsonAsync("/api/v1/offers");
        Assert.Equal(0, page.Get<int>("total"));
        Assert.Empty(page.Items());
    }

    [Fact]
    public async Task The_store_lives_in_the_configured_data_directory_in_WAL_mode()
    {
        using var factory = new CatalogueApiFactory(CatalogueApiFactory.NewDataDirectory(), demoData: false);
        await factory.CreateReadyClientAsync();
        var database = Path.Combine(factory.DataDirectory, "catalogue.db");
        Assert.True(File.Exists(database));
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
