namespace Catalogue.Indexer.Cli;

/// <summary>The standalone indexer, for deployments that split it from the API, and for imports from the command line.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => IndexerCli.RunAsync(args);
}
