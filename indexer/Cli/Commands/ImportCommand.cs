namespace Catalogue.Indexer.Cli.Commands;

/// <summary><c>import</c>: apply a feed file to a provider's offers, with a report of rejected rows.</summary>
internal sealed class ImportCommand : IndexerCommand<ImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[file]"), Description("The feed file (csv, json, jsonld or an HTML page with JSON-LD).")]
        public string? File { get; init; }

        [CommandOption("--provider <id>"), Description("The provider whose offers the file lists.")]
        public string? Provider { get; init; }

        [CommandOption("--format <format>"), Description("csv, json or jsonld (default: the file's extension).")]
        public string? Format { get; init; }

        [CommandOption("--partial"), Description("The file lists only some offers; none is withdrawn.")]
        public bool Partial { get; init; }
    }

    protected override async Task<int> RunAsync(CliContext cli, Settings settings, CancellationToken cancellationToken)
    {
        var (file, provider) = (settings.File, settings.Provider);
        if (file is null || provider is null) return IndexerCli.Fail("import needs a file and --provider <id>.");
        if (!System.IO.File.Exists(file)) return IndexerCli.Fail($"There is no file '{file}'.");
        var format = IndexerCli.FormatOf(settings.Format ?? Path.GetExtension(file).TrimStart('.'));
        if (format is null) return IndexerCli.Fail("--format is csv, json or jsonld (schema.org JSON-LD, or an HTML page with it).");

        await using var services = IndexerCli.Services(cli, IndexingRole.ReadOnly);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (!await db.Providers.AnyAsync(p => p.Id == provider, cancellationToken)) return IndexerCli.Fail($"There is no provider '{provider}' (see GET /api/v1/providers).");

        SyncRun run = null!;
        await AnsiConsole.Status().StartAsync($"Importing {Path.GetFileName(file)} for {provider}…", async _ =>
        {
            var started = new SyncRun { ProviderId = provider, Origin = Path.GetFullPath(file), StartedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow() };
            var applier = scope.ServiceProvider.GetRequiredService<FeedApplier>();
            try
            {
                var document = await FeedSync.ReadAsync(format.Value, await System.IO.File.ReadAllBytesAsync(file, cancellationToken), cancellationToken);
                if (settings.Partial) document = document with { Complete = false };
                run = await applier.ApplyAsync(provider, document, started, OfferSource.Feed, cancellationToken);
            }
            catch (FeedFormatException exception)
            {
                run = await applier.FailAsync(started, exception.Message, cancellationToken);
            }
        });
        IndexerCli.WriteRuns([run]);
        IndexerCli.WriteRejects(run);
        AnsiConsole.MarkupLine("[grey]The API's indexer makes the changes searchable within a second (or run: reindex).[/]");
        return run.Outcome is SyncOutcome.Succeeded or SyncOutcome.NotModified ? 0 : 1;
    }
}
