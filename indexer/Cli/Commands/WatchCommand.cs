using Catalogue.Indexer.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Catalogue.Indexer.Cli.Commands;

/// <summary><c>watch</c>: run the scheduler and the index drain until Ctrl+C.</summary>
internal sealed class WatchCommand : IndexerCommand<EmptyCommandSettings>
{
    protected override async Task<int> RunAsync(CliContext cli, EmptyCommandSettings settings, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddConfiguration(cli.Configuration);
        builder.Services.AddCatalogueIndexing(builder.Configuration, cli.DataDirectory, IndexingRole.Writer).AddDemoRegion().AddIndexingWorkers();
        using var host = builder.Build();
        // Split deployments: the API (Indexer:RunInApi=false) leaves the first-start demo to this process.
        var startup = await host.Services.GetRequiredService<IndexingLifecycle>().RunAsync(
            storeServing: () => AnsiConsole.MarkupLine("[yellow]The search engine is unavailable; retrying until it answers.[/]"), CancellationToken.None);
        if (startup.Seeded) AnsiConsole.MarkupLine("[green]Empty store: the demo region was loaded through its feeds.[/]");
        AnsiConsole.MarkupLine("[green]Watching feeds and draining changes into the search index; Ctrl+C stops.[/]");
        await host.RunAsync(cancellationToken);
        return 0;
    }
}
