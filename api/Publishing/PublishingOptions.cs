using Catalogue.Api.Security;
namespace Catalogue.Api.Publishing;

/// <summary>
/// Bound from the <c>Catalogue</c> section. The bootstrap admin key opens the admin endpoints on a fresh install:
/// <c>Catalogue:AdminKey</c> (env <c>Catalogue__AdminKey</c>) holds a key, or <c>Catalogue:AdminKeyHash</c> its SHA-256
/// in hex, so that the secret itself need not sit in configuration. Without either, admin endpoints stay closed.
/// </summary>
public sealed class PublishingOptions
{
    public const string Section = "Catalogue";

    public string? AdminKey { get; set; }
    public string? AdminKeyHash { get; set; }

    /// <summary>Largest single offer body (PUT, PATCH). Default 256 kB.</summary>
    public long MaxOfferBytes { get; set; } = 256 * 1024;

    /// <summary>Largest upload document. Default 10 MB.</summary>
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>The hash the bootstrap admin key must match, or null when admin endpoints are closed.</summary>
    public string? BootstrapAdminHash =>
        !string.IsNullOrWhiteSpace(AdminKey) ? ApiKeySecrets.Hash(AdminKey.Trim())
        : !string.IsNullOrWhiteSpace(AdminKeyHash) ? AdminKeyHash.Trim().ToLowerInvariant()
        : null;
}
