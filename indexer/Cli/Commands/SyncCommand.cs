namespace Catalogue.Indexer.Cli.Commands;

/// <summary><c>sync</c>: pull feeds now (all enabled feeds by default); a feed another process is syncing is skipped.</summary>
internal sealed class SyncCommand : IndexerCommand<SyncCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--provider <id>"), Description("Only this provider's feeds.")]
        public string? Provider { get; init; }

        [CommandOption("--feed <id>"), Description("Only this feed.")]
        public long? Feed { get; init; }
    }

    protected override async Task<int> RunAsync(CliContext cli, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = IndexerCli.Services(cli, IndexingRole.ReadOnly);
        List<ProviderFeed> feeds;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            await db.Database.MigrateAsync(cancellationToken);
            var (provider, feedId) = (settings.Provider, settings.Feed);
            feeds = await db.ProviderFeeds.AsNoTracking()
                .Where(f => f.Enabled && (provider == null || f.ProviderId == provider) && (feedId == null || f.Id == feedId)).ToListAsync(cancellationToken);
        }
        if (feeds.Count == 0) return IndexerCli.Fail("No enabled feed matches.");
        var runs = new List<SyncRun>();
        var busy = 0;
        foreach (var feed in feeds)
        {
            await using var scope = services.CreateAsyncScope();
            AnsiConsole.MarkupLineInterpolated($"[grey]→ feed {feed.Id} of {feed.ProviderId}: {feed.Url}[/]");
            if (await scope.ServiceProvider.GetRequiredService<FeedSync>().TrySyncAsync(feed.Id, cancellationToken) is { } run) runs.Add(run);
            else
            {
                busy++;
                AnsiConsole.MarkupLineInterpolated($"[yellow]feed {feed.Id} is being synced by another run now (the API or a running watch); not synced again.[/]");
            }
        }
        if (runs.Count > 0) IndexerCli.WriteRuns(runs);
        return busy == 0 && runs.All(r => r.Outcome is SyncOutcome.Succeeded or SyncOutcome.NotModified) ? 0 : 1;
    }
}
