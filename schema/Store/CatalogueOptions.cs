using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Catalogue.Store;

/// <summary>
/// Bound from the <c>Catalogue</c> section (env <c>Catalogue__DataDirectory</c>, …) and validated at start. The bootstrap
/// admin key opens the admin endpoints on a fresh install: <c>Catalogue:AdminKey</c> holds a key, or
/// <c>Catalogue:AdminKeyHash</c> its SHA-256 in hex, so that the secret itself need not sit in configuration; without
/// either, admin endpoints stay closed.
/// </summary>
public sealed class CatalogueOptions
{
    public const string Section = "Catalogue";

    /// <summary>The folder holding the database and every derived state (search index, locks). Relative paths are resolved against the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Load the demo region on first start with an empty store.</summary>
    public bool DemoData { get; set; } = true;

    /// <summary>The bootstrap admin key (a long random secret); empty or absent: none.</summary>
    public string? AdminKey { get; set; }

    /// <summary>The bootstrap admin key's SHA-256 in hex, instead of the key.</summary>
    [RegularExpression("^[0-9a-fA-F]{64}$")]
    public string? AdminKeyHash { get; set; }

    /// <summary>Largest single offer body (PUT, PATCH). Default 256 kB.</summary>
    [Range(1_024, 16L * 1024 * 1024)]
    public long MaxOfferBytes { get; set; } = 256 * 1024;

    /// <summary>Largest upload document. Default 10 MB.</summary>
    [Range(1_024, 1024L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;

    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory));
}

/// <summary>Checks <see cref="CatalogueOptions"/> at start (source-generated from its annotations).</summary>
[OptionsValidator]
public sealed partial class CatalogueOptionsValidator : IValidateOptions<CatalogueOptions>;
