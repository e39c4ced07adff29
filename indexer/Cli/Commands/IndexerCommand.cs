using Catalogue.Search.Lucene;

namespace Catalogue.Indexer.Cli.Commands;

/// <summary>A command over the configuration the process was started with; a locked index is a failure with its message, not a crash.</summary>
internal abstract class IndexerCommand<TSettings> : AsyncCommand<TSettings> where TSettings : CommandSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var cli = (CliContext)context.Data!;
        try
        {
            return await RunAsync(cli, settings, cancellationToken);
        }
        catch (IndexLockedException exception)
        {
            return IndexerCli.Fail(exception.Message);
        }
    }

    protected abstract Task<int> RunAsync(CliContext cli, TSettings settings, CancellationToken cancellationToken);
}

/// <summary>The configuration (environment and <c>--Catalogue:…</c> switches) and the data directory it resolves to.</summary>
internal sealed record CliContext(Microsoft.Extensions.Configuration.IConfiguration Configuration, string DataDirectory);
