namespace Catalogue.Indexer.Hosting;

/// <summary>
/// What a process does with the search index. Exactly one process writes a data directory's index (the embedded engine
/// enforces it with a lock); any number read it.
/// </summary>
public enum IndexingRole
{
    /// <summary>Migrates and seeds the store, builds the index, drains the change log into it and runs the feed scheduler.</summary>
    Writer,

    /// <summary>Migrates the store and searches the index another process writes; never writes the index.</summary>
    ReadOnly,
}

/// <summary>Where this process's catalogue lives and what it does with the index, as given to the composition root.</summary>
public sealed record IndexingDeployment(string DataDirectory, IndexingRole Role)
{
    /// <summary>The folder a seed writes its generated feed files to (the demo region's).</summary>
    public string SeedFeedDirectory => Path.Combine(DataDirectory, "demo-feeds");
}
