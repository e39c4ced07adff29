using Catalogue.Search.Lucene;
using Microsoft.Extensions.Configuration;

namespace Catalogue.Tests.Search;

/// <summary>The search contract by role: a process that only reads the index cannot even ask for a writer.</summary>
public sealed class SearchRoleTests
{
    [Fact]
    public async Task An_api_beside_a_standalone_indexer_has_the_reader_role_only_and_still_serves()
    {
        using var api = new CatalogueApiFactory(CatalogueApiFactory.NewDataDirectory(), demoData: false).With("Indexer:RunInApi", "false");
        var client = await api.CreateReadyClientAsync();

        Assert.IsType<LuceneReadOnlySearchIndex>(api.Services.GetRequiredService<ISearchReader>());
        Assert.Null(api.Services.GetService<ISearchWriter>());
        Assert.Null(api.Services.GetService<ISearchIndex>());
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/offers?facets=false")).Get<long>("total"));
        Assert.Contains((await client.GetJsonAsync("/api/v1/suggest?q=lodz")).Items(), i => i.Get<string>("type") == "town");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public void The_writer_role_is_one_engine_behind_both_roles()
    {
        var directory = CatalogueApiFactory.NewDataDirectory();
        try
        {
            using var services = new ServiceCollection().AddSingleton(TimeProvider.System)
                .AddSearch(new ConfigurationBuilder().Build(), directory).BuildServiceProvider();
            var engine = services.GetRequiredService<ISearchIndex>();
            Assert.IsType<LuceneSearchIndex>(engine);
            Assert.Same(engine, services.GetRequiredService<ISearchReader>());
            Assert.Same(engine, services.GetRequiredService<ISearchWriter>());
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }
}
