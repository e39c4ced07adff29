using Catalogue.Indexer.Demo;
using Catalogue.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Catalogue.Indexer.Cli.Commands;

namespace Catalogue.Indexer.Cli;

/// <summary>
/// The standalone indexer's command line. It reads the same configuration keys as the API
/// (<c>Catalogue:DataDirectory</c>, env <c>Catalogue__DataDirectory</c>, <c>Search:Engine</c>, <c>Feeds:*</c>),
/// so both work on the same store.
/// </summary>
internal static class IndexerCli
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
          export-hunspell --to <dir>               write the folded pl_PL Hunspell dictionary for Elasticsearch (config/hunspell/pl_PL)
        Options: --Catalogue:DataDirectory <dir> (default in a checkout: api/data, the API's store)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        // Redirected to a file or CI log: tables keep whole words instead of wrapping at 80 columns.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 200;
        if (args.Length == 0) { Console.WriteLine(Usage); return 2; }
        if (args[0] == "help") { Console.WriteLine(Usage); return 0; }
        // Configuration switches go to the configuration, everything else to the command parser.
        var settings = args.Where((_, i) => IsSetting(args, i)).ToArray();
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(settings).Build();
        var catalogue = configuration.GetSection(CatalogueOptions.Section).Get<CatalogueOptions>() ?? new CatalogueOptions { DataDirectory = DefaultDataDirectory() };
        var context = new CliContext(configuration, catalogue.ResolveDataDirectory(Directory.GetCurrentDirectory()));
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("dotnet run --project indexer/Cli --");
            config.UseStrictParsing();
            config.AddCommand<StatusCommand>("status").WithData(context).WithDescription("The store, its feeds and latest runs, the search index position.");
            config.AddCommand<ImportCommand>("import").WithData(context).WithDescription("Apply a feed file to a provider's offers, with a report of rejected rows.");
            config.AddBranch("feeds", feeds =>
            {
                feeds.SetDescription("The registered feeds (list, add, remove).");
                feeds.AddCommand<FeedsListCommand>("list").WithData(context).WithDescription("The registered feeds.");
                feeds.AddCommand<FeedsAddCommand>("add").WithData(context).WithDescription("Register a feed (synced by watch / the API every interval, default 60).");
                feeds.AddCommand<FeedsRemoveCommand>("remove").WithData(context).WithDescription("Stop pulling a feed (its offers stay).");
            });
            config.AddCommand<SyncCommand>("sync").WithData(context).WithDescription("Pull feeds now (all enabled feeds by default).");
            config.AddCommand<ReindexCommand>("reindex").WithData(context).WithDescription("Rebuild the search index from the store.");
            config.AddCommand<WatchCommand>("watch").WithData(context).WithDescription("Run the scheduler and the index drain until Ctrl+C.");
            config.AddCommand<ExportHunspellCommand>("export-hunspell").WithData(context).WithDescription("Write the folded pl_PL Hunspell dictionary for Elasticsearch.");
        });
        var commandLine = args.Where((_, i) => !IsSetting(args, i)).ToList();
        // A bare "feeds" lists them, as it always did (a branch's default command cannot carry the context).
        if (commandLine is ["feeds"] || commandLine is ["feeds", var next, ..] && next.StartsWith("--", StringComparison.Ordinal) && next is not ("--help" or "-h"))
            commandLine.Insert(1, "list");
        var code = await app.RunAsync(commandLine);
        // Spectre answers a parse error (unknown command or option) with -1; the shell sees 255, so say 1 like every other failure.
        return code < 0 ? 1 : code;
    }

    /// <summary>Configuration switches (<c>--Catalogue:DataDirectory dir</c>, <c>--Feeds:Timeout=00:00:30</c>) and their values.</summary>
    private static bool IsSetting(string[] rest, int i)
    {
        static bool Switch(string arg) => arg.StartsWith("--Catalogue", StringComparison.Ordinal) || arg.StartsWith("--Search", StringComparison.Ordinal) || arg.StartsWith("--Feeds", StringComparison.Ordinal);
        return Switch(rest[i]) || (i > 0 && Switch(rest[i - 1]) && !rest[i - 1].Contains('=', StringComparison.Ordinal));
    }

    internal static int Fail(string message)
    {
        AnsiConsole.MarkupLineInterpolated($"[red]{message}[/]");
        return 1;
    }

    /// <summary>
    /// The indexer through its composition root. Commands that only touch the store take the read-only role, so they never
    /// take the index's writer lock from a running API or <c>watch</c>.
    /// </summary>
    internal static ServiceProvider Services(CliContext cli, IndexingRole role) =>
        new ServiceCollection()
            .AddSingleton(cli.Configuration)
            .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddCatalogueIndexing(cli.Configuration, cli.DataDirectory, role)
            .BuildServiceProvider();

    /// <summary>A format by its name or a file's extension (.csv, .json, .jsonld, .html).</summary>
    internal static FeedFormat? FormatOf(string name) => name.ToLowerInvariant() switch
    {
        "csv" or "txt" => FeedFormat.Csv,
        "json" => FeedFormat.Json,
        "jsonld" or "json-ld" or "html" or "htm" => FeedFormat.JsonLd,
        _ => null,
    };

    internal static void WriteRuns(IReadOnlyList<SyncRun> runs)
    {
        var table = new Table().AddColumns("run", "provider", "outcome", "seen", "created", "updated", "unchanged", "withdrawn", "rejected");
        foreach (var r in runs)
            table.AddRow(Markup.Escape($"{r.Id}"), Markup.Escape(r.ProviderId), Markup.Escape(r.Outcome.ToString()), $"{r.Seen}", $"{r.Created}", $"{r.Updated}",
                $"{r.Unchanged}", $"{r.Withdrawn}", $"{r.Rejected}");
        AnsiConsole.Write(table);
        foreach (var r in runs.Where(r => r.Reason is not null))
            AnsiConsole.MarkupLineInterpolated($"[yellow]run {r.Id}: {r.Reason}[/]");
    }

    internal static void WriteRejects(SyncRun run)
    {
        if (run.Rejects.Count == 0) return;
        var table = new Table().AddColumns("row", "field", "message");
        foreach (var reject in run.Rejects.OrderBy(r => r.Row).Take(200))
            table.AddRow($"{reject.Row}", Markup.Escape(reject.Field), Markup.Escape(reject.Message));
        AnsiConsole.Write(table);
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
