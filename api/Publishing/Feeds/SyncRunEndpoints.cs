using Catalogue.Api.Offers;
using Catalogue.Api.Publishing;
using Catalogue.Feeds;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Publishing.Feeds;

/// <summary>
/// What the indexer did with a provider's feeds. Private: a provider's key reads its own runs, an admin key reads all;
/// another provider's key gets 403 (the route names the provider), no key 401.
/// </summary>
internal static class SyncRunEndpoints
{
    public static RouteGroupBuilder MapSyncRunEndpoints(this RouteGroupBuilder api)
    {
        var runs = api.MapGroup("/providers/{providerId}/sync-runs").WithTags("Feeds")
            .RequireAuthorization(AccessPolicies.ProviderOwner).WithPublishingProblems();
        runs.MapGet("/", ListRuns)
            .WithName("ListSyncRuns")
            .WithSummary("List a provider's sync runs")
            .WithDescription("Feed syncs, imports and uploads of one provider, newest first: outcome, reason and counts (seen, created, updated, unchanged, withdrawn, rejected).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{runId:long}", GetRun)
            .WithName("GetSyncRun")
            .WithSummary("Get one sync run with its rejected records")
            .WithDescription("One run with every rejected record: row (1-based position in the feed or line of the CSV file), field and message.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return runs;
    }

    /// <summary>List a provider's sync runs.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="page">Page number, from 1. Default 1.</param>
    /// <param name="pageSize">Items per page, 1–100. Default 20.</param>
    /// <param name="db">Store.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    internal static async Task<Results<Ok<PagedResponse<SyncRunResponse>>, ValidationProblem, ProblemHttpResult>> ListRuns(
        string providerId, [FromQuery(Name = "page")] string? page, [FromQuery(Name = "pageSize")] string? pageSize,
        CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var query = Paging.Parse(page, pageSize, errors);
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (!await db.Providers.AnyAsync(p => p.Id == providerId, cancellationToken)) return Problems.NotFound("Provider", providerId);
        var runs = db.SyncRuns.AsNoTracking().Where(r => r.ProviderId == providerId);
        var total = await runs.CountAsync(cancellationToken);
        var items = await runs.OrderByDescending(r => r.Id).Skip(query.Offset).Take(query.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<SyncRunResponse>(items.Select(r => r.ToResponse(null)).ToList(), total, query.Page, query.PageSize));
    }

    /// <summary>Get one sync run.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="runId">The run's id.</param>
    /// <param name="db">Store.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    internal static async Task<Results<Ok<SyncRunResponse>, ProblemHttpResult>> GetRun(
        string providerId, long runId, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var run = await db.SyncRuns.AsNoTracking().Include(r => r.Rejects).FirstOrDefaultAsync(r => r.Id == runId && r.ProviderId == providerId, cancellationToken);
        return run is null
            ? Problems.NotFound("Sync run", runId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : TypedResults.Ok(run.ToResponse(run.Rejects.OrderBy(r => r.Row).Select(r => new RejectResponse(r.Row, r.Field, r.Message)).ToList()));
    }
}

/// <summary>One sync of a provider's document.</summary>
/// <param name="Id">Run id.</param>
/// <param name="ProviderId">Provider id.</param>
/// <param name="FeedId">The feed synced, when the run was a feed sync.</param>
/// <param name="Origin">Feed URL, imported file or "upload".</param>
/// <param name="StartedAt">Start.</param>
/// <param name="FinishedAt">End; absent while running.</param>
/// <param name="Outcome">running, succeeded, notModified, failed or held.</param>
/// <param name="Reason">Why a run failed or was held.</param>
/// <param name="Seen">Records in the document.</param>
/// <param name="Created">Offers created.</param>
/// <param name="Updated">Offers changed.</param>
/// <param name="Unchanged">Offers already as the document says.</param>
/// <param name="Withdrawn">Offers withdrawn because a complete feed no longer lists them.</param>
/// <param name="Rejected">Records rejected.</param>
/// <param name="Rejects">The rejected records (only on a single run).</param>
public sealed record SyncRunResponse(
    long Id, string ProviderId, long? FeedId, string Origin, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Outcome, string? Reason,
    int Seen, int Created, int Updated, int Unchanged, int Withdrawn, int Rejected, IReadOnlyList<RejectResponse>? Rejects);

/// <summary>A rejected record.</summary>
/// <param name="Row">1-based position of the offer in the feed, or line of the CSV file.</param>
/// <param name="Field">The field at fault.</param>
/// <param name="Message">What to fix.</param>
public sealed record RejectResponse(int Row, string Field, string Message);

internal static class SyncRunMapping
{
    public static SyncRunResponse ToResponse(this SyncRun r, IReadOnlyList<RejectResponse>? rejects) => new(
        r.Id, r.ProviderId, r.FeedId, r.Origin, r.StartedAt, r.FinishedAt, OfferMapping.Code(r.Outcome), r.Reason,
        r.Seen, r.Created, r.Updated, r.Unchanged, r.Withdrawn, r.Rejected, rejects);
}
