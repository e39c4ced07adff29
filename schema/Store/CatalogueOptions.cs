using System.ComponentModel.DataAnnotations;

namespace Catalogue.Store;

/// <summary>Bound from the <c>Catalogue</c> section (env <c>Catalogue__DataDirectory</c>, …).</summary>
public sealed class CatalogueOptions
{
    public const string Section = "Catalogue";

    /// <summary>The folder holding the database and every derived state (search index, locks). Relative paths are resolved against the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Load the demo region on first start with an empty store.</summary>
    public bool DemoData { get; set; } = true;

    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory));
}
