namespace Catalogue.Indexer.Indexing;

/// <summary>Bound from the <c>Indexer</c> section.</summary>
public sealed class IndexerOptions
{
    public const string Section = "Indexer";

    /// <summary>
    /// True (default): the API runs the indexer in-process (feed scheduler, outbox drain, the index writer). False when
    /// a standalone indexer (<c>dotnet run --project indexer/Cli -- watch</c>) writes the index: the API then only reads it.
    /// </summary>
    public bool RunInApi { get; set; } = true;
}
