using Catalogue.Feeds;
using Catalogue.Indexer.Demo;
using Catalogue.Indexer.Feeds;
using Catalogue.Indexer.Hosting;
using Catalogue.Indexer.Indexing;
using Catalogue.Offers;
using Catalogue.Search;
using Catalogue.Search.Lucene;
using Catalogue.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Catalogue.Indexer.Cli;

/// <summary>
/// The standalone indexer's command line. It reads the same configuration keys as the API
/// (<c>Catalogue:DataDirectory</c>, env <c>Catalogue__DataDirectory</c>, <c>Search:Engine</c>, <c>Feeds:*</c>),
/// so both work on the same store.
/// </summary>
internal static partial class IndexerCli
{
    private const string Usage = """
        Usage: dotnet run --project indexer/Cli -- <command> [options]
          status                                   the store, its feeds and latest runs, the search index position
          import <file> --provider <id> [--format csv|json|jsonld] [--partial]
                                                   apply a feed file to a provider's offers, with a report of rejected rows;
                                                   --partial: the file lists only some offers, none is withdrawn
          feeds [list]                             the registered feeds
          feeds add <url|file> --provider <id> [--format csv|json|jsonld] [--interval <minutes>]
                                                   register a feed (synced by watch / the API every interval, default 60)
          feeds remove <feed>                      stop pulling a feed (its offers stay)
          sync [--provider <id>] [--feed <id>]     pull feeds now (all enabled feeds by default)
          reindex                                  rebuild the search index from the store
          watch                                    run the scheduler and the index drain until Ctrl+C
        Options: --Catalogue:DataDirectory <dir> (default in a checkout: api/data, the API's store)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        // Redirected to a file or CI log: tables keep whole words instead of wrapping at 80 columns.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 200;
        var command = args.FirstOrDefault();
        if (command is null or "help" or "--help" or "-h") { Console.WriteLine(Usage); return command is null ? 2 : 0; }
        var rest = args.Skip(1).ToArray();
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables()
            .AddCommandLine(rest.Where((_, i) => IsSetting(rest, i)).ToArray()).Build();
        var catalogue = configuration.GetSection(CatalogueOptions.Section).Get<CatalogueOptions>() ?? new CatalogueOptions { DataDirectory = DefaultDataDirectory() };
        var dataDirectory = catalogue.ResolveDataDirectory(Directory.GetCurrentDirectory());

        try
        {
            return command switch
            {
                "status" => await StatusAsync(configuration, dataDirectory),
                "import" => await ImportAsync(args, configuration, dataDirectory),
                "feeds" => await FeedsAsync(args, configuration, dataDirectory),
                "sync" => await SyncAsync(args, configuration, dataDirectory),
                "reindex" => await ReindexAsync(configuration, dataDirectory),
                "watch" => await WatchAsync(configuration, dataDirectory),
                _ => Fail($"Unknown command '{command}'.\n{Usage}"),
            };
        }
        catch (IndexLockedException exception)
        {
            return Fail(exception.Message);
        }
    }

    /// <summary>Configuration switches (<c>--Catalogue:DataDirectory dir</c>, <c>--Feeds:Timeout=00:00:30</c>) and their values.</summary>
    private static bool IsSetting(string[] rest, int i)
    {
        static bool Switch(string arg) => arg.StartsWith("--Catalogue", StringComparison.Ordinal) || arg.StartsWith("--Search", StringComparison.Ordinal) || arg.StartsWith("--Feeds", StringComparison.Ordinal);
        return Switch(rest[i]) || (i > 0 && Switch(rest[i - 1]) && !rest[i - 1].Contains('=', StringComparison.Ordinal));
    }

    private static int Fail(string message)
    {
        AnsiConsole.MarkupLineInterpolated($"[red]{message}[/]");
        return 1;
    }

    /// <summary>
    /// The indexer through its composition root. Commands that only touch the store take the read-only role, so they never
    /// take the index's writer lock from a running API or <c>watch</c>.
    /// </summary>
    private static ServiceProvider Services(IConfiguration configuration, string dataDirectory, IndexingRole role) =>
        new ServiceCollection()
            .AddSingleton(configuration)
            .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddCatalogueIndexing(configuration, dataDirectory, role)
            .BuildServiceProvider();

    /// <summary>A format by its name or a file's extension (.csv, .json, .jsonld, .html).</summary>
    private static FeedFormat? FormatOf(string name) => name.ToLowerInvariant() switch
    {
        "csv" or "txt" => FeedFormat.Csv,
        "json" => FeedFormat.Json,
        "jsonld" or "json-ld" or "html" or "htm" => FeedFormat.JsonLd,
        _ => null,
    };

    private static async Task<int> ImportAsync(string[] args, IConfiguration configuration, string dataDirectory)
    {
        var rest = args.Skip(1).ToArray();
        var file = rest.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !rest[i - 1].StartsWith("--", StringComparison.Ordinal) || rest[i - 1].Contains('=', StringComparison.Ordinal))).FirstOrDefault();
        var provider = Option(args, "--provider");
        if (file is null || provider is null) return Fail("import needs a file and --provider <id>.");
        if (!File.Exists(file)) return Fail($"There is no file '{file}'.");
        var format = FormatOf(Option(args, "--format") ?? Path.GetExtension(file).TrimStart('.'));
        if (format is null) return Fail("--format is csv, json or jsonld (schema.org JSON-LD, or an HTML page with it).");

        await using var services = Services(configuration, dataDirectory, IndexingRole.ReadOnly);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        await db.Database.MigrateAsync();
        if (!await db.Providers.AnyAsync(p => p.Id == provider)) return Fail($"There is no provider '{provider}' (see GET /api/v1/providers).");

        SyncRun run = null!;
        await AnsiConsole.Status().StartAsync($"Importing {Path.GetFileName(file)} for {provider}…", async _ =>
        {
            var started = new SyncRun { ProviderId = provider, Origin = Path.GetFullPath(file), StartedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow() };
            var applier = scope.ServiceProvider.GetRequiredService<FeedApplier>();
            try
            {
                var document = await FeedSync.ReadAsync(format.Value, await File.ReadAllBytesAsync(file), CancellationToken.None);
                if (args.Contains("--partial")) document = document with { Complete = false };
                run = await applier.ApplyAsync(provider, document, started, OfferSource.Feed, CancellationToken.None);
            }
            catch (FeedFormatException exception)
            {
                run = await applier.FailAsync(started, exception.Message, CancellationToken.None);
            }
        });
        WriteRuns([run]);
        WriteRejects(run);
        AnsiConsole.MarkupLine("[grey]The API's indexer makes the changes searchable within a second (or run: reindex).[/]");
        return run.Outcome is SyncOutcome.Succeeded or SyncOutcome.NotModified ? 0 : 1;
    }

    private static async Task<int> SyncAsync(string[] args, IConfiguration configuration, string dataDirectory)
    {
        await using var services = Services(configuration, dataDirectory, IndexingRole.ReadOnly);
        List<ProviderFeed> feeds;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            await db.Database.MigrateAsync();
            var provider = Option(args, "--provider");
            var feedId = long.TryParse(Option(args, "--feed"), out var id) ? id : (long?)null;
            feeds = await db.ProviderFeeds.AsNoTracking()
                .Where(f => f.Enabled && (provider == null || f.ProviderId == provider) && (feedId == null || f.Id == feedId)).ToListAsync();
        }
        if (feeds.Count == 0) return Fail("No enabled feed matches.");
        var runs = new List<SyncRun>();
        var busy = 0;
        foreach (var feed in feeds)
        {
            await using var scope = services.CreateAsyncScope();
            AnsiConsole.MarkupLineInterpolated($"[grey]→ feed {feed.Id} of {feed.ProviderId}: {feed.Url}[/]");
            if (await scope.ServiceProvider.GetRequiredService<FeedSync>().TrySyncAsync(feed.Id, CancellationToken.None) is { } run) runs.Add(run);
            else
            {
                busy++;
                AnsiConsole.MarkupLineInterpolated($"[yellow]feed {feed.Id} is being synced by another run now (the API or a running watch); not synced again.[/]");
            }
        }
        if (runs.Count > 0) WriteRuns(runs);
        return busy == 0 && runs.All(r => r.Outcome is SyncOutcome.Succeeded or SyncOutcome.NotModified) ? 0 : 1;
    }

    private static async Task<int> ReindexAsync(IConfiguration configuration, string dataDirectory)
    {
        await using var services = Services(configuration, dataDirectory, IndexingRole.Writer);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Database.MigrateAsync();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long count = 0;
        await AnsiConsole.Status().StartAsync("Rebuilding the search index from the store…", async _ =>
            count = await scope.ServiceProvider.GetRequiredService<SearchIndexDrain>().RebuildAsync(CancellationToken.None));
        AnsiConsole.MarkupLineInterpolated($"[green]Indexed {count:N0} offers in {watch.Elapsed.TotalSeconds:N1} s.[/]");
        return 0;
    }

    private static async Task<int> WatchAsync(IConfiguration configuration, string dataDirectory)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.Services.AddCatalogueIndexing(builder.Configuration, dataDirectory, IndexingRole.Writer).AddDemoRegion().AddIndexingWorkers();
        using var host = builder.Build();
        // Split deployments: the API (Indexer:RunInApi=false) leaves the first-start demo to this process.
        var startup = await host.Services.GetRequiredService<IndexingLifecycle>().RunAsync(
            storeServing: () => AnsiConsole.MarkupLine("[yellow]The search engine is unavailable; retrying until it answers.[/]"), CancellationToken.None);
        if (startup.Seeded) AnsiConsole.MarkupLine("[green]Empty store: the demo region was loaded through its feeds.[/]");
        AnsiConsole.MarkupLine("[green]Watching feeds and draining changes into the search index; Ctrl+C stops.[/]");
        await host.RunAsync();
        return 0;
    }

    private static async Task<int> StatusAsync(IConfiguration configuration, string dataDirectory)
    {
        var database = Path.Combine(dataDirectory, StoreServiceCollectionExtensions.DatabaseFileName);
        if (!File.Exists(database))
            return Fail($"No catalogue store at {database}. Start the API once (dotnet run --project api) or set Catalogue__DataDirectory.");
        await using var services = Services(configuration, dataDirectory, IndexingRole.ReadOnly);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var lastChange = await db.OfferChanges.MaxAsync(c => (long?)c.Seq) ?? 0;
        var index = await IndexPositionAsync(scope.ServiceProvider.GetRequiredService<ISearchReader>(), lastChange);
        var table = new Table().AddColumns("", "");
        table.AddRow("Store", database);
        table.AddRow("Providers", $"{await db.Providers.CountAsync():N0}");
        table.AddRow("Offers", $"{await db.Offers.CountAsync(o => o.Status == OfferStatus.Active):N0} active, {await db.Offers.CountAsync(o => o.Status == OfferStatus.Withdrawn):N0} withdrawn");
        table.AddRow("Feeds", $"{await db.ProviderFeeds.CountAsync(f => f.Enabled):N0} enabled");
        table.AddRow("Change log", $"{lastChange:N0} changes");
        table.AddRow("Search index", index);
        AnsiConsole.Write(table);
        var runs = await db.SyncRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(10).ToListAsync();
        if (runs.Count > 0) WriteRuns(runs);
        return 0;
    }

    /// <summary>The index's position as its engine reports it (the embedded index or a cluster alike).</summary>
    private static async Task<string> IndexPositionAsync(ISearchReader index, long lastChange)
    {
        try
        {
            var checkpoint = await index.GetCheckpointAsync(CancellationToken.None);
            return checkpoint == 0 && lastChange > 0 ? "not built yet" : $"at change {checkpoint:N0} ({lastChange - checkpoint:N0} behind)";
        }
        catch (SearchUnavailableException unavailable)
        {
            return $"unavailable ({unavailable.Message})";
        }
    }

    private static void WriteRuns(IReadOnlyList<SyncRun> runs)
    {
        var table = new Table().AddColumns("run", "provider", "outcome", "seen", "created", "updated", "unchanged", "withdrawn", "rejected");
        foreach (var r in runs)
            table.AddRow(Markup.Escape($"{r.Id}"), Markup.Escape(r.ProviderId), Markup.Escape(r.Outcome.ToString()), $"{r.Seen}", $"{r.Created}", $"{r.Updated}",
                $"{r.Unchanged}", $"{r.Withdrawn}", $"{r.Rejected}");
        AnsiConsole.Write(table);
        foreach (var r in runs.Where(r => r.Reason is not null))
            AnsiConsole.MarkupLineInterpolated($"[yellow]run {r.Id}: {r.Reason}[/]");
    }

    private static void WriteRejects(SyncRun run)
    {
        if (run.Rejects.Count == 0) return;
        var table = new Table().AddColumns("row", "field", "message");
        foreach (var reject in run.Rejects.OrderBy(r => r.Row).Take(200))
            table.AddRow($"{reject.Row}", Markup.Escape(reject.Field), Markup.Escape(reject.Message));
        AnsiConsole.Write(table);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>
    /// Without settings, in a checkout, the store the API uses by default (api/data under <c>dotnet run --project api</c>),
    /// so that the commands of the README work together; elsewhere <c>data</c> in the working directory.
    /// </summary>
    private static string DefaultDataDirectory()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Catalogue.sln"))) return Path.Combine(directory.FullName, "api", "data");
        }
        return "data";
    }
}
