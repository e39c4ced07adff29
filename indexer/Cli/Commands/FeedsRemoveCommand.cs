namespace Catalogue.Indexer.Cli.Commands;

/// <summary><c>feeds remove</c>: stop pulling a feed; its offers stay.</summary>
internal sealed class FeedsRemoveCommand : IndexerCommand<FeedsRemoveCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[feed]"), Description("The feed's number (see: feeds).")]
        public string? Feed { get; init; }
    }

    protected override async Task<int> RunAsync(CliContext cli, Settings settings, CancellationToken cancellationToken)
    {
        if (!long.TryParse(settings.Feed, out var id)) return IndexerCli.Fail("feeds remove needs the feed's number (see: feeds).");
        await using var services = IndexerCli.Services(cli, IndexingRole.ReadOnly);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        var removed = await db.ProviderFeeds.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0) return IndexerCli.Fail($"There is no feed {id}.");
        AnsiConsole.MarkupLineInterpolated($"[green]Feed {id} removed; its offers stay as they are.[/]");
        return 0;
    }
}
