namespace Catalogue.Indexer.Cli.Commands;

/// <summary><c>feeds add</c>: register a feed, synced by watch or the API every interval.</summary>
internal sealed class FeedsAddCommand : IndexerCommand<FeedsAddCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[url]"), Description("An http(s) address or a file.")]
        public string? Url { get; init; }

        [CommandOption("--provider <id>"), Description("The provider whose offers the feed lists.")]
        public string? Provider { get; init; }

        [CommandOption("--format <format>"), Description("csv, json or jsonld (default: the address's extension).")]
        public string? Format { get; init; }

        [CommandOption("--interval <minutes>"), Description("Minutes between syncs, at least 5 (default 60).")]
        public string? Interval { get; init; }
    }

    protected override async Task<int> RunAsync(CliContext cli, Settings settings, CancellationToken cancellationToken)
    {
        var (url, provider) = (settings.Url, settings.Provider);
        if (url is null || provider is null) return IndexerCli.Fail("feeds add needs a URL (or file) and --provider <id>.");
        var isWeb = url.Contains("://", StringComparison.Ordinal);
        if (isWeb && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            return IndexerCli.Fail($"'{url}' is not an http(s) address.");
        var format = IndexerCli.FormatOf(settings.Format ?? Path.GetExtension(isWeb ? new Uri(url).AbsolutePath : url).TrimStart('.'));
        if (format is null) return IndexerCli.Fail("Say the feed's --format: csv, json or jsonld.");
        if (!int.TryParse(settings.Interval ?? "60", out var interval) || interval < 5) return IndexerCli.Fail("--interval is in minutes, at least 5.");
        await using var services = IndexerCli.Services(cli, IndexingRole.ReadOnly);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (!await db.Providers.AnyAsync(p => p.Id == provider, cancellationToken)) return IndexerCli.Fail($"There is no provider '{provider}' (see GET /api/v1/providers).");
        var location = isWeb ? url : Path.GetFullPath(url);
        var feed = new ProviderFeed { ProviderId = provider, Url = location, Format = format.Value, IntervalMinutes = interval, CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow() };
        db.ProviderFeeds.Add(feed);
        await db.SaveChangesAsync(cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"[green]Feed {feed.Id} registered for {provider} ({format}, every {interval} min). Sync it now: sync --feed {feed.Id}[/]");
        return 0;
    }
}
