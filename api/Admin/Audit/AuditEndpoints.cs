using Catalogue.Publishing;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Admin;

/// <summary>The audit log: all of it for admins, a provider's own entries for the provider.</summary>
internal static class AuditEndpoints
{
    /// <summary>Read the audit log.</summary>
    /// <param name="providerId">Only this provider's entries.</param>
    /// <param name="page">Page number, from 1. Default 1.</param>
    /// <param name="pageSize">Items per page, 1–100. Default 20.</param>
    internal static Task<Results<Ok<PagedResponse<AuditEntryResponse>>, ValidationProblem>> ListAll(
        [FromQuery(Name = "providerId")] string? providerId, [FromQuery(Name = "page")] string? page, [FromQuery(Name = "pageSize")] string? pageSize,
        CatalogueDbContext db, CancellationToken cancellationToken) =>
        ListAsync(providerId, page, pageSize, db, cancellationToken);

    /// <summary>Read the provider's audit log.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="page">Page number, from 1. Default 1.</param>
    /// <param name="pageSize">Items per page, 1–100. Default 20.</param>
    internal static Task<Results<Ok<PagedResponse<AuditEntryResponse>>, ValidationProblem>> ListOwn(
        string providerId, [FromQuery(Name = "page")] string? page, [FromQuery(Name = "pageSize")] string? pageSize,
        CatalogueDbContext db, CancellationToken cancellationToken) =>
        ListAsync(providerId, page, pageSize, db, cancellationToken);

    private static async Task<Results<Ok<PagedResponse<AuditEntryResponse>>, ValidationProblem>> ListAsync(
        string? providerId, string? page, string? pageSize, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = Paging.Parse(page, pageSize, errors);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var entries = db.AuditEntries.AsNoTracking();
        if (providerId is not null) entries = entries.Where(e => e.ProviderId == providerId);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Id).Skip(paging.Offset).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<AuditEntryResponse>(items.Select(ToResponse).ToList(), total, paging.Page, paging.PageSize));
    }

    private static AuditEntryResponse ToResponse(AuditEntry e) => new(e.Id, e.KeyId, e.Action, e.ProviderId, e.OfferId, e.Target, e.At, e.BeforeHash, e.AfterHash);
}

/// <summary>One write, as the audit log keeps it.</summary>
/// <param name="Id">Entry id (increasing).</param>
/// <param name="KeyId">The key that wrote; absent for the bootstrap admin key.</param>
/// <param name="Action">offer.put, offer.patch, offer.withdraw, upload.merge, upload.replace, key.issue, key.revoke, provider.create, feed.add, feed.update, feed.remove, feed.sync.</param>
/// <param name="ProviderId">The provider concerned.</param>
/// <param name="OfferId">The offer's public id, for offer writes.</param>
/// <param name="Target">The external id, key, feed or upload concerned.</param>
/// <param name="At">When.</param>
/// <param name="BeforeHash">Content hash before the write; absent for a new offer.</param>
/// <param name="AfterHash">Content hash after the write.</param>
public sealed record AuditEntryResponse(long Id, long? KeyId, string Action, string? ProviderId, string? OfferId, string? Target, DateTimeOffset At, string? BeforeHash, string? AfterHash);
