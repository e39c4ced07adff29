using Catalogue.Search.Morphology;

namespace Catalogue.Indexer.Cli.Commands;

/// <summary>
/// <c>export-hunspell --to &lt;dir&gt;</c>: write the bundled folded pl_PL dictionary (<c>pl_PL.aff</c>, <c>pl_PL.dic</c>) for an
/// Elasticsearch node, which reads it from <c>config/hunspell/pl_PL/</c>; both engines then find the same lemmas.
/// </summary>
internal sealed class ExportHunspellCommand : IndexerCommand<ExportHunspellCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--to <dir>"), Description("The folder to write pl_PL.aff and pl_PL.dic into (created if missing), e.g. <es>/config/hunspell/pl_PL.")]
        public string? To { get; init; }
    }

    protected override Task<int> RunAsync(CliContext cli, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.To)) return Task.FromResult(IndexerCli.Fail("export-hunspell needs --to <dir>."));
        var directory = Path.GetFullPath(settings.To);
        PolishLemmatizer.WriteDictionary(directory);
        AnsiConsole.MarkupLineInterpolated($"[green]Wrote pl_PL.aff and pl_PL.dic to {directory}.[/]");
        return Task.FromResult(0);
    }
}
