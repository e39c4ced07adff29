using Catalogue.Feeds;
using Catalogue.Indexer.Hosting;
using Catalogue.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Catalogue.Indexer.Cli;

/// <summary><c>feeds</c>: list, register and remove the feeds the scheduler pulls.</summary>
internal static partial class IndexerCli
{
    private static async Task<int> FeedsAsync(string[] args, IConfiguration configuration, string dataDirectory)
    {
        await using var services = Services(configuration, dataDirectory, IndexingRole.ReadOnly);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        await db.Database.MigrateAsync();
        var subcommand = args.ElementAtOrDefault(1) is { } word && !word.StartsWith("--", StringComparison.Ordinal) ? word : null;
        switch (subcommand)
        {
            case null or "list":
                var feeds = await db.ProviderFeeds.AsNoTracking().OrderBy(f => f.ProviderId).ThenBy(f => f.Id).ToListAsync();
                var table = new Table().AddColumns("feed", "provider", "format", "every", "enabled", "last run", "url");
                foreach (var f in feeds)
                    table.AddRow($"{f.Id}", Markup.Escape(f.ProviderId), $"{f.Format}", $"{f.IntervalMinutes} min", f.Enabled ? "yes" : "no",
                        f.LastRunAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "never", Markup.Escape(f.Url));
                AnsiConsole.Write(table);
                return 0;
            case "add":
                var url = args.ElementAtOrDefault(2);
                var provider = Option(args, "--provider");
                if (url is null || url.StartsWith("--", StringComparison.Ordinal) || provider is null) return Fail("feeds add needs a URL (or file) and --provider <id>.");
                var isWeb = url.Contains("://", StringComparison.Ordinal);
                if (isWeb && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
                    return Fail($"'{url}' is not an http(s) address.");
                var format = FormatOf(Option(args, "--format") ?? Path.GetExtension(isWeb ? new Uri(url).AbsolutePath : url).TrimStart('.'));
                if (format is null) return Fail("Say the feed's --format: csv, json or jsonld.");
                if (!int.TryParse(Option(args, "--interval") ?? "60", out var interval) || interval < 5) return Fail("--interval is in minutes, at least 5.");
                if (!await db.Providers.AnyAsync(p => p.Id == provider)) return Fail($"There is no provider '{provider}' (see GET /api/v1/providers).");
                var location = isWeb ? url : Path.GetFullPath(url);
                var feed = new ProviderFeed { ProviderId = provider, Url = location, Format = format.Value, IntervalMinutes = interval, CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow() };
                db.ProviderFeeds.Add(feed);
                await db.SaveChangesAsync();
                AnsiConsole.MarkupLineInterpolated($"[green]Feed {feed.Id} registered for {provider} ({format}, every {interval} min). Sync it now: sync --feed {feed.Id}[/]");
                return 0;
            case "remove":
                if (!long.TryParse(args.ElementAtOrDefault(2), out var id)) return Fail("feeds remove needs the feed's number (see: feeds).");
                var removed = await db.ProviderFeeds.Where(f => f.Id == id).ExecuteDeleteAsync();
                if (removed == 0) return Fail($"There is no feed {id}.");
                AnsiConsole.MarkupLineInterpolated($"[green]Feed {id} removed; its offers stay as they are.[/]");
                return 0;
            default:
                return Fail("feeds [list] | feeds add <url|file> --provider <id> [--format csv|json|jsonld] [--interval <minutes>] | feeds remove <feed>");
        }
    }
}
