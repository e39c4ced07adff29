using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Catalogue.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Admin;

/// <summary>Issue, list, rotate and revoke API keys. A secret leaves the server exactly once: in the answer that issues it.</summary>
internal static class AdminKeyEndpoints
{
    /// <summary>Issue an API key for a provider.</summary>
    /// <param name="providerId">The provider's id.</param>
    internal static async Task<Results<Created<IssuedKeyResponse>, ProblemHttpResult>> IssueProviderKey(
        string providerId, HttpRequest http, ClaimsPrincipal user, CatalogueDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, invalid) = await StrictJsonBody.ReadAsync<IssueKeyRequest>(http, cancellationToken);
        if (invalid is not null) return invalid;
        if (!await db.Providers.AnyAsync(p => p.Id == providerId, cancellationToken)) return Problems.NotFound("Provider", providerId);
        return TypedResults.Created("/api/v1/admin/keys", await IssueAsync(db, user, request!.Name.Trim(), ApiKey.ProviderScope(providerId), providerId, clock, cancellationToken));
    }

    /// <summary>Issue an admin API key.</summary>
    internal static async Task<Results<Created<IssuedKeyResponse>, ProblemHttpResult>> IssueAdminKey(
        HttpRequest http, ClaimsPrincipal user, CatalogueDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, invalid) = await StrictJsonBody.ReadAsync<IssueKeyRequest>(http, cancellationToken);
        if (invalid is not null) return invalid;
        return TypedResults.Created("/api/v1/admin/keys", await IssueAsync(db, user, request!.Name.Trim(), ApiKey.AdminScope, null, clock, cancellationToken));
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
        if (key is null) return Problems.NotFound("Key", keyId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The key still exists (it is listed, with revokedAt), so 404 would be wrong; rotating it would bring back a withdrawn right.
        if (key.RevokedAt is not null)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Key revoked", detail: $"The key {key.Id} is revoked; issue a new key instead.");
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

    private static KeyResponse ToResponse(ApiKey k) => new(k.Id, k.Name, k.Scope, k.ProviderId, k.Prefix, k.CreatedAt, k.LastUsedAt, k.RevokedAt);
}

/// <summary>A key to issue.</summary>
/// <param name="Name">Who or what uses the key, e.g. sekretariat.</param>
[StrictJsonBody.Contract]
public sealed record IssueKeyRequest(
    [property: StringLength(200, MinimumLength = 1, ErrorMessage = IssueKeyRequest.NameRule), RegularExpression(TextPatterns.NotBlank, ErrorMessage = IssueKeyRequest.NameRule)] string Name)
{
    internal const string NameRule = "1–200 characters, not only spaces: who or what uses the key, e.g. 'sekretariat'.";
}

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
