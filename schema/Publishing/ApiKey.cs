namespace Catalogue.Publishing;

/// <summary>
/// A credential an admin issued: to a provider (scope <c>provider:{id}</c>) or to another admin (scope <c>admin</c>).
/// Only a hash of the secret is kept, so a copy of the database cannot be used to publish; the short public
/// <see cref="Prefix"/> finds the row without scanning every hash.
/// </summary>
public sealed class ApiKey
{
    public const string AdminScope = "admin";
    public const string ProviderScopePrefix = "provider:";

    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary><c>admin</c> or <c>provider:{providerId}</c>.</summary>
    public required string Scope { get; set; }
    /// <summary>The provider of a provider-scoped key; null for admin keys.</summary>
    public string? ProviderId { get; set; }
    /// <summary>The public part of the key (its first segment), unique; never enough to use the key.</summary>
    public required string Prefix { get; set; }
    /// <summary>SHA-256 of the whole key, lower-case hex. A 256-bit random secret needs no slow hash.</summary>
    public required string Hash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    /// <summary>Last successful use, updated at most once a minute.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public static string ProviderScope(string providerId) => ProviderScopePrefix + providerId;
}
