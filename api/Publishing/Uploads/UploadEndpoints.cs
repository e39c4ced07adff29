using Catalogue.Indexer.Hosting;
using Catalogue.Api.Publishing;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Catalogue.Api.Hosting;
using Catalogue.Publishing;
using Microsoft.AspNetCore.Mvc;
using Catalogue.Api.Admin;

namespace Catalogue.Api.Publishing.Uploads;

/// <summary>
/// Bulk upload of a CSV or JSON feed document: stored (size-limited while streaming), answered 202 at once, applied by
/// <see cref="UploadWorker"/>; the status and per-row report are read back by id.
/// </summary>
internal static class UploadEndpoints
{
    public static RouteGroupBuilder MapUploadEndpoints(this RouteGroupBuilder api)
    {
        var uploads = api.MapGroup("/providers/{providerId}/uploads").WithTags("Publishing")
            .RequireAuthorization(AccessPolicies.ProviderOwner).WithPublishingProblems();
        uploads.MapPost("/", Upload).WithName("UploadOffers").WithSummary("Upload a CSV or JSON feed document")
            .WithDescription("The body is a CSV file (`text/csv`, columns as in the README) or a JSON feed (`application/json`, `schema/learning-offer-feed.v1.schema.json`). `mode=merge` (default) applies the valid rows; `mode=replace` also withdraws the provider's offers absent from the document, unless that would withdraw more than the shrink guard allows (then nothing is applied: status `held`); `mode=validate` is a dry run. Answers 202 with the upload's `Location`; poll it for the status and the per-row report.")
            .Accepts<string>("text/csv", "application/json").Produces<UploadResponse>(StatusCodes.Status202Accepted).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        uploads.MapGet("/{uploadId}", Get).WithName("GetUpload").WithSummary("Get an upload's status and per-row report")
            .WithDescription("Status: queued, processing, succeeded, validated, held or failed (with `reason`); counts; and every rejected row (row, field, message).");
        uploads.MapGet("/", List).WithName("ListUploads").WithSummary("List the provider's uploads").WithDescription("Newest first, without the per-row reports.");
        return uploads;
    }

    /// <summary>Upload a document.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="mode">merge (default), replace or validate.</param>
    internal static async Task<Results<Accepted<UploadResponse>, ValidationProblem, ProblemHttpResult>> Upload(
        string providerId, [FromQuery(Name = "mode")] string? mode, HttpContext http, ClaimsPrincipal user, CatalogueDbContext db,
        UploadQueue queue, IndexingDeployment deployment, IOptions<CatalogueOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<UploadMode>(mode ?? "merge", ignoreCase: true, out var parsedMode) || !Enum.IsDefined(parsedMode) || char.IsDigit((mode ?? "m")[0]))
            return Problems.Invalid(new() { ["mode"] = ["merge, replace or validate."] });
        var format = OfferBody.HasMediaType(http.Request, "text/csv", "application/csv") ? "csv"
            : OfferBody.HasMediaType(http.Request, "application/json") ? "json" : null;
        if (format is null) return OfferBody.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", "Send a CSV file as 'text/csv' or a JSON feed as 'application/json'.");
        if (!await db.Providers.AnyAsync(p => p.Id == providerId, cancellationToken)) return Problems.NotFound("Provider", providerId);
        var limit = options.Value.MaxUploadBytes;
        if (http.Request.ContentLength > limit) return OfferBody.TooLarge(limit);

        var id = "up-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var file = UploadQueue.FileOf(deployment.DataDirectory, id);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        long bytes;
        await using (var stream = File.Create(file))
        {
            if (!await LimitedBody.CopyAsync(http.Request.Body, stream, limit, cancellationToken))
            {
                await stream.DisposeAsync();
                File.Delete(file);
                return OfferBody.TooLarge(limit);
            }
            bytes = stream.Length;
        }
        var caller = Caller.From(user)!;
        var upload = new Upload { Id = id, ProviderId = providerId, KeyId = caller.KeyId, Mode = parsedMode, Format = format, Bytes = bytes, CreatedAt = clock.GetUtcNow() };
        db.Uploads.Add(upload);
        AuditLog.Record(db, caller, "upload.receive", upload.CreatedAt, providerId, target: $"upload {id} ({parsedMode.ToString().ToLowerInvariant()}, {bytes:N0} bytes)");
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(id);
        return TypedResults.Accepted($"/api/v1/providers/{providerId}/uploads/{id}", ToResponse(upload, null));
    }

    /// <summary>Get an upload.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="uploadId">The upload's id (from the 202 answer).</param>
    internal static async Task<Results<Ok<UploadResponse>, ProblemHttpResult>> Get(string providerId, string uploadId, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var upload = await db.Uploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == uploadId && u.ProviderId == providerId, cancellationToken);
        if (upload is null) return Problems.NotFound("Upload", uploadId);
        var report = upload.ReportJson is null ? [] : JsonSerializer.Deserialize<List<UploadReportRow>>(upload.ReportJson, JsonSerializerOptions.Web) ?? [];
        return TypedResults.Ok(ToResponse(upload, report));
    }

    /// <summary>List uploads.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="page">Page number, from 1. Default 1.</param>
    /// <param name="pageSize">Items per page, 1–100. Default 20.</param>
    internal static async Task<Results<Ok<PagedResponse<UploadResponse>>, ValidationProblem>> List(
        string providerId, [FromQuery(Name = "page")] string? page, [FromQuery(Name = "pageSize")] string? pageSize, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = Paging.Parse(page, pageSize, errors);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var uploads = db.Uploads.AsNoTracking().Where(u => u.ProviderId == providerId);
        var total = await uploads.CountAsync(cancellationToken);
        var items = await uploads.OrderByDescending(u => u.CreatedAt).Skip(paging.Offset).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<UploadResponse>(items.Select(u => ToResponse(u, null)).ToList(), total, paging.Page, paging.PageSize));
    }

    private static UploadResponse ToResponse(Upload u, IReadOnlyList<UploadReportRow>? report) => new(
        u.Id, u.ProviderId, Api.Offers.OfferMapping.Code(u.Mode), u.Format, Api.Offers.OfferMapping.Code(u.Status), u.Reason, u.Bytes, u.CreatedAt, u.FinishedAt,
        u.SyncRunId, u.Seen, u.Created, u.Updated, u.Unchanged, u.Withdrawn, u.Rejected, report);
}

/// <summary>An upload and what it did.</summary>
/// <param name="Id">Upload id.</param>
/// <param name="ProviderId">Provider id.</param>
/// <param name="Mode">merge, replace or validate.</param>
/// <param name="Format">csv or json.</param>
/// <param name="Status">queued, processing, succeeded, validated, held or failed.</param>
/// <param name="Reason">Why it failed or was held; what a validation found.</param>
/// <param name="Bytes">Size of the document.</param>
/// <param name="CreatedAt">Received.</param>
/// <param name="FinishedAt">Processed.</param>
/// <param name="SyncRunId">The sync run it produced (merge and replace).</param>
/// <param name="Seen">Records in the document.</param>
/// <param name="Created">Offers created.</param>
/// <param name="Updated">Offers changed.</param>
/// <param name="Unchanged">Offers already as the document says.</param>
/// <param name="Withdrawn">Offers withdrawn (replace).</param>
/// <param name="Rejected">Rows rejected.</param>
/// <param name="Report">The rejected rows (on a single upload).</param>
public sealed record UploadResponse(
    string Id, string ProviderId, string Mode, string Format, string Status, string? Reason, long Bytes, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt,
    long? SyncRunId, int Seen, int Created, int Updated, int Unchanged, int Withdrawn, int Rejected, IReadOnlyList<UploadReportRow>? Report);

/// <summary>A rejected row.</summary>
/// <param name="Row">Line of the CSV file, or 1-based position of the offer in a JSON feed.</param>
/// <param name="Field">The field (column) at fault.</param>
/// <param name="Message">What to fix.</param>
public sealed record UploadReportRow(int Row, string Field, string Message);
