namespace Catalogue.Indexer.Cli.Commands;

/// <summary><c>feeds [list]</c>: the registered feeds.</summary>
internal sealed class FeedsListCommand : IndexerCommand<EmptyCommandSettings>
{
    protected override async Task<int> RunAsync(CliContext cli, EmptyCommandSettings settings, CancellationToken cancellationToken)
    {
        await using var services = IndexerCli.Services(cli, IndexingRole.ReadOnly);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        var feeds = await db.ProviderFeeds.AsNoTracking().OrderBy(f => f.ProviderId).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        var table = new Table().AddColumns("feed", "provider", "format", "every", "enabled", "last run", "url");
        foreach (var f in feeds)
            table.AddRow($"{f.Id}", Markup.Escape(f.ProviderId), $"{f.Format}", $"{f.IntervalMinutes} min", f.Enabled ? "yes" : "no",
                f.LastRunAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "never", Markup.Escape(f.Url));
        AnsiConsole.Write(table);
        return 0;
    }
}
