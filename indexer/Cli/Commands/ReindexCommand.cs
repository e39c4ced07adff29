namespace Catalogue.Indexer.Cli.Commands;

/// <summary><c>reindex</c>: rebuild the search index from the store (takes the index's writer lock).</summary>
internal sealed class ReindexCommand : IndexerCommand<EmptyCommandSettings>
{
    protected override async Task<int> RunAsync(CliContext cli, EmptyCommandSettings settings, CancellationToken cancellationToken)
    {
        await using var services = IndexerCli.Services(cli, IndexingRole.Writer);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Database.MigrateAsync(cancellationToken);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long count = 0;
        await AnsiConsole.Status().StartAsync("Rebuilding the search index from the store…", async _ =>
            count = await scope.ServiceProvider.GetRequiredService<SearchIndexDrain>().RebuildAsync(cancellationToken));
        AnsiConsole.MarkupLineInterpolated($"[green]Indexed {count:N0} offers in {watch.Elapsed.TotalSeconds:N1} s.[/]");
        return 0;
    }
}
