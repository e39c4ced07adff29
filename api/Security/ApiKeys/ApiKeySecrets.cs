using System.Security.Cryptography;
using System.Text;

namespace Catalogue.Api.Security;

/// <summary>
/// The shape of an API key: <c>cat_{prefix}_{secret}</c>. The prefix (public, unique) finds the stored row; the secret is
/// 256 random bits, so a plain SHA-256 of the whole key is enough to store (no password stretching needed) and two
/// hashes are compared in constant time.
/// </summary>
internal static class ApiKeySecrets
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static (string Key, string Prefix, string Hash) Generate()
    {
        var prefix = new string(RandomNumberGenerator.GetItems<char>(Alphabet, 10));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = $"cat_{prefix}_{secret}";
        return (key, prefix, Hash(key));
    }

    /// <summary>The prefix of a key in our shape, or null for anything else (such as a bootstrap admin key of free form).</summary>
    public static string? PrefixOf(string key)
    {
        var parts = key.Split('_', 3);
        return parts.Length == 3 && parts[0] == "cat" && parts[1].Length == 10 ? parts[1] : null;
    }

    /// <summary>The hash the bootstrap admin key must match (from <c>Catalogue:AdminKey</c> or <c>AdminKeyHash</c>), or null when admin endpoints are closed.</summary>
    public static string? BootstrapAdminHash(Store.CatalogueOptions options) =>
        !string.IsNullOrWhiteSpace(options.AdminKey) ? Hash(options.AdminKey.Trim())
        : !string.IsNullOrWhiteSpace(options.AdminKeyHash) ? options.AdminKeyHash.Trim().ToLowerInvariant()
        : null;

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Constant-time comparison of two hex hashes: how long it takes says nothing about how much matched.</summary>
    public static bool HashesEqual(string presentedHash, string storedHash)
    {
        Span<byte> a = stackalloc byte[32];
        Span<byte> b = stackalloc byte[32];
        var aStatus = Convert.FromHexString(presentedHash, a, out _, out var aLength);
        var bStatus = Convert.FromHexString(storedHash, b, out _, out var bLength);
        return aStatus == System.Buffers.OperationStatus.Done && bStatus == System.Buffers.OperationStatus.Done
            && aLength == 32 && bLength == 32 && CryptographicOperations.FixedTimeEquals(a, b);
    }
}
