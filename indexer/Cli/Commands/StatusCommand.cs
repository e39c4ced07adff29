namespace Catalogue.Indexer.Cli.Commands;

/// <summary><c>status</c>: the store, its feeds and latest runs, the search index position.</summary>
internal sealed class StatusCommand : IndexerCommand<EmptyCommandSettings>
{
    protected override async Task<int> RunAsync(CliContext cli, EmptyCommandSettings settings, CancellationToken cancellationToken)
    {
        var database = Path.Combine(cli.DataDirectory, StoreServiceCollectionExtensions.DatabaseFileName);
        if (!File.Exists(database))
            return IndexerCli.Fail($"No catalogue store at {database}. Start the API once (dotnet run --project api) or set Catalogue__DataDirectory.");
        await using var services = IndexerCli.Services(cli, IndexingRole.ReadOnly);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var lastChange = await db.OfferChanges.MaxAsync(c => (long?)c.Seq, cancellationToken) ?? 0;
        var index = await IndexPositionAsync(scope.ServiceProvider.GetRequiredService<ISearchReader>(), lastChange, cancellationToken);
        var table = new Table().AddColumns("", "");
        table.AddRow("Store", database);
        table.AddRow("Providers", $"{await db.Providers.CountAsync(cancellationToken):N0}");
        table.AddRow("Offers", $"{await db.Offers.CountAsync(o => o.Status == OfferStatus.Active, cancellationToken):N0} active, {await db.Offers.CountAsync(o => o.Status == OfferStatus.Withdrawn, cancellationToken):N0} withdrawn");
        table.AddRow("Feeds", $"{await db.ProviderFeeds.CountAsync(f => f.Enabled, cancellationToken):N0} enabled");
        table.AddRow("Change log", $"{lastChange:N0} changes");
        table.AddRow("Search index", index);
        AnsiConsole.Write(table);
        var runs = await db.SyncRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(10).ToListAsync(cancellationToken);
        if (runs.Count > 0) IndexerCli.WriteRuns(runs);
        return 0;
    }

    /// <summary>The index's position as its engine reports it (the embedded index or a cluster alike).</summary>
    private static async Task<string> IndexPositionAsync(ISearchReader index, long lastChange, CancellationToken cancellationToken)
    {
        try
        {
            var checkpoint = await index.GetCheckpointAsync(cancellationToken);
            return checkpoint == 0 && lastChange > 0 ? "not built yet" : $"at change {checkpoint:N0} ({lastChange - checkpoint:N0} behind)";
        }
        catch (SearchUnavailableException unavailable)
        {
            return $"unavailable ({unavailable.Message})";
        }
    }
}
