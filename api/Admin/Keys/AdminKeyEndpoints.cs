using System.Security.Claims;
using Catalogue.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Admin;

/// <summary>Issue, list, rotate and revoke API keys. A secret leaves the server exactly once: in the answer that issues it.</summary>
internal static class AdminKeyEndpoints
{
    /// <summary>Issue an API key for a provider.</summary>
    /// <param name="providerId">The provider's id.</param>
    internal static async Task<Results<Created<IssuedKeyResponse>, ValidationProblem, ProblemHttpResult>> IssueProviderKey(
        string providerId, IssueKeyRequest request, ClaimsPrincipal user, CatalogueDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Invalid(request) is { } invalid) return invalid;
        if (!await db.Providers.AnyAsync(p => p.Id == providerId, cancellationToken)) return Problems.NotFound("Provider", providerId);
        return TypedResults.Created("/api/v1/admin/keys", await IssueAsync(db, user, request.Name!.Trim(), ApiKey.ProviderScope(providerId), providerId, clock, cancellationToken));
    }

    /// <summary>Issue an admin API key.</summary>
    internal static async Task<Results<Created<IssuedKeyResponse>, ValidationProblem>> IssueAdminKey(
        IssueKeyRequest request, ClaimsPrincipal user, CatalogueDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Invalid(request) is { } invalid) return invalid;
        return TypedResults.Created("/api/v1/admin/keys", await IssueAsync(db, user, request.Name!.Trim(), ApiKey.AdminScope, null, clock, cancellationToken));
    }

    /// <summary>List API keys.</summary>
    /// <param name="providerId">Only this provider's keys.</param>
    internal static async Task<Ok<List<KeyResponse>>> ListKeys([FromQuery(Name = "providerId")] string? providerId, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var keys = db.ApiKeys.AsNoTracking();
        if (providerId is not null) keys = keys.Where(k => k.ProviderId == providerId);
        var list = await keys.OrderBy(k => k.Id).Take(1000).ToListAsync(cancellationToken);
        return TypedResults.Ok(list.Select(ToResponse).ToList());
    }

    /// <summary>Revoke an API key.</summary>
    /// <param name="keyId">The key's id.</param>
    internal static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(
        long keyId, ClaimsPrincipal user, CatalogueDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        if (key is null) return Problems.NotFound("Key", keyId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow();
            AuditLog.Record(db, Caller.From(user)!, "key.revoke", key.RevokedAt.Value, key.ProviderId, target: $"key {key.Id}");
            await db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.NoContent();
    }

    /// <summary>Rotate an API key.</summary>
    /// <param name="keyId">The key's id.</param>
    internal static async Task<Results<Created<IssuedKeyResponse>, ProblemHttpResult>> RotateKey(
        long keyId, ClaimsPrincipal user, CatalogueDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        if (key is null || key.RevokedAt is not null) return Problems.NotFound("Key", keyId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        key.RevokedAt = clock.GetUtcNow();
        AuditLog.Record(db, Caller.From(user)!, "key.revoke", key.RevokedAt.Value, key.ProviderId, target: $"key {key.Id} (rotated)");
        return TypedResults.Created("/api/v1/admin/keys", await IssueAsync(db, user, key.Name, key.Scope, key.ProviderId, clock, cancellationToken));
    }

    private static async Task<IssuedKeyResponse> IssueAsync(
        CatalogueDbContext db, ClaimsPrincipal user, string name, string scope, string? providerId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (secret, prefix, hash) = ApiKeySecrets.Generate();
        var key = new ApiKey { Name = name, Scope = scope, ProviderId = providerId, Prefix = prefix, Hash = hash, CreatedAt = clock.GetUtcNow() };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        AuditLog.Record(db, Caller.From(user)!, "key.issue", key.CreatedAt, providerId, target: $"key {key.Id}");
        await db.SaveChangesAsync(cancellationToken);
        var r = ToResponse(key);
        return new IssuedKeyResponse(r.Id, r.Name, r.Scope, r.ProviderId, r.Prefix, r.CreatedAt, secret);
    }

    private static ValidationProblem? Invalid(IssueKeyRequest request) =>
        string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200
            ? Problems.Invalid(new() { ["name"] = ["Required, at most 200 characters: who or what uses the key, e.g. 'sekretariat'."] })
            : null;

    private static KeyResponse ToResponse(ApiKey k) => new(k.Id, k.Name, k.Scope, k.ProviderId, k.Prefix, k.CreatedAt, k.LastUsedAt, k.RevokedAt);
}

/// <summary>A key to issue.</summary>
/// <param name="Name">Who or what uses the key.</param>
public sealed record IssueKeyRequest(string? Name);

/// <summary>An API key, without its secret.</summary>
/// <param name="Id">Key id (shown in the audit log).</param>
/// <param name="Name">Who or what uses it.</param>
/// <param name="Scope">admin or provider:{id}.</param>
/// <param name="ProviderId">The provider of a provider key.</param>
/// <param name="Prefix">The public first part of the key, to recognise it.</param>
/// <param name="CreatedAt">Issued.</param>
/// <param name="LastUsedAt">Last successful use (to the minute).</param>
/// <param name="RevokedAt">Revoked; absent while the key works.</param>
public sealed record KeyResponse(long Id, string Name, string Scope, string? ProviderId, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>A key just issued: the only answer that ever shows the secret.</summary>
/// <param name="Id">Key id.</param>
/// <param name="Name">Who or what uses it.</param>
/// <param name="Scope">admin or provider:{id}.</param>
/// <param name="ProviderId">The provider of a provider key.</param>
/// <param name="Prefix">The public first part of the key.</param>
/// <param name="CreatedAt">Issued.</param>
/// <param name="Key">The secret: send it as 'Authorization: ApiKey &lt;key&gt;'. Store it now; it cannot be shown again.</param>
public sealed record IssuedKeyResponse(long Id, string Name, string Scope, string? ProviderId, string Prefix, DateTimeOffset CreatedAt, string Key);
