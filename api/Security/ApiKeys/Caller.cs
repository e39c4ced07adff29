using System.Security.Claims;
using Catalogue.Publishing;

namespace Catalogue.Api.Security;

/// <summary>Who is calling, as the API key handler established it: a key id (null for the bootstrap key) and a scope.</summary>
internal sealed record Caller(long? KeyId, bool IsAdmin, string? ProviderId)
{
    public const string KeyIdClaim = "catalogue:key-id";
    public const string ScopeClaim = "catalogue:scope";

    public static Caller? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        var scope = user.FindFirstValue(ScopeClaim) ?? "";
        long? keyId = long.TryParse(user.FindFirstValue(KeyIdClaim), out var id) ? id : null;
        return scope == ApiKey.AdminScope ? new Caller(keyId, true, null)
            : scope.StartsWith(ApiKey.ProviderScopePrefix, StringComparison.Ordinal) ? new Caller(keyId, false, scope[ApiKey.ProviderScopePrefix.Length..])
            : null;
    }

    public bool MayActFor(string providerId) => IsAdmin || string.Equals(ProviderId, providerId, StringComparison.Ordinal);
}
