using Catalogue.Indexer.Hosting;
using System.Text.Json;
using Catalogue.Api.Hosting;
using Catalogue.Feeds;
using Catalogue.Indexer.Feeds;
using Catalogue.Indexer.Indexing;
using Catalogue.Publishing;
using Catalogue.Api.Admin;

namespace Catalogue.Api.Publishing.Uploads;

/// <summary>
/// Applies uploaded documents one at a time, each in its own DI scope, outside the request that sent it. Merge and
/// replace go through <see cref="FeedApplier"/> (the feeds' rules, shrink guard included) and leave a sync run with the
/// per-row report; validate reads and normalises without applying. An exception fails that upload, never the host.
/// </summary>
internal sealed partial class UploadWorker(
    IServiceScopeFactory scopes, UploadQueue queue, IndexReadiness readiness, IndexingDeployment deployment, TimeProvider clock, ILogger<UploadWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WaitUntilBuiltAsync(stoppingToken);
            await using (var scope = scopes.CreateAsyncScope())
            {
                var waiting = await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Uploads.AsNoTracking()
                    .Where(u => u.Status == UploadStatus.Queued || u.Status == UploadStatus.Processing).OrderBy(u => u.CreatedAt).Select(u => u.Id).ToListAsync(stoppingToken);
                waiting.ForEach(queue.Enqueue);
            }
            await foreach (var id in queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await ProcessAsync(id, stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    LogFailed(exception, id);
                    await FailAsync(id, $"The upload stopped on an unexpected error ({exception.GetType().Name}); nothing of it was applied. Try again, or contact the catalogue team.", stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ProcessAsync(string id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CatalogueDbContext>();
        var upload = await db.Uploads.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (upload is null || upload.Status is not (UploadStatus.Queued or UploadStatus.Processing)) return;
        upload.Status = UploadStatus.Processing;
        await db.SaveChangesAsync(cancellationToken);
        var file = UploadQueue.FileOf(deployment.DataDirectory, id);
        var probe = services.GetRequiredService<IPipelineProbe>();
        try
        {
            FeedDocument document;
            try
            {
                var format = upload.Format == "csv" ? FeedFormat.Csv : FeedFormat.Json;
                probe.Reached(PipelineStage.Fetch);
                var body = await File.ReadAllBytesAsync(file, cancellationToken);
                probe.Reached(PipelineStage.Read);
                document = await FeedSync.ReadAsync(format, body, cancellationToken);
            }
            catch (Exception exception) when (exception is FeedFormatException or FileNotFoundException)
            {
                Finish(upload, UploadStatus.Failed, exception.Message, clock);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            if (upload.Mode == UploadMode.Validate) Validate(upload, document, services.GetRequiredService<OfferNormaliser>(), probe);
            else await ApplyAsync(upload, document, db, services.GetRequiredService<FeedApplier>(), clock, cancellationToken);
            if (upload.FinishedAt is null) Finish(upload, upload.Status, upload.Reason, clock);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The feeds' per-record checks (<see cref="NormalisedFeed"/>) without applying anything.</summary>
    private static void Validate(Upload upload, FeedDocument document, OfferNormaliser normaliser, IPipelineProbe probe)
    {
        probe.Reached(PipelineStage.Validate);
        var records = NormalisedFeed.From(upload.ProviderId, document, normaliser, probe);
        upload.Seen = document.Seen;
        upload.Rejected = records.Rejected;
        upload.ReportJson = Report(records.Problems);
        upload.Status = UploadStatus.Validated;
        upload.Reason = upload.Rejected == 0 ? "Every record is valid; nothing was applied (validate mode)." : "Fix the rows in the report and validate again; nothing was applied (validate mode).";
    }

    private static async Task ApplyAsync(Upload upload, FeedDocument document, CatalogueDbContext db, FeedApplier applier, TimeProvider clock, CancellationToken cancellationToken)
    {
        var before = await SnapshotAsync(db, upload.ProviderId, cancellationToken);
        var run = new SyncRun { ProviderId = upload.ProviderId, Origin = $"upload {upload.Id} ({upload.Mode.ToString().ToLowerInvariant()})", StartedAt = clock.GetUtcNow() };
        run = await applier.ApplyAsync(upload.ProviderId, document with { Complete = upload.Mode == UploadMode.Replace }, run, OfferSource.Api, cancellationToken);
        upload.SyncRunId = run.Id;
        (upload.Seen, upload.Created, upload.Updated, upload.Unchanged, upload.Withdrawn, upload.Rejected) = (run.Seen, run.Created, run.Updated, run.Unchanged, run.Withdrawn, run.Rejected);
        upload.ReportJson = Report(run.Rejects.Select(r => new RecordProblem(r.Row, r.Field, r.Message)));
        upload.Status = run.Outcome switch { SyncOutcome.Succeeded => UploadStatus.Succeeded, SyncOutcome.Held => UploadStatus.Held, _ => UploadStatus.Failed };
        upload.Reason = run.Reason;
        if (run.Outcome != SyncOutcome.Succeeded) return;

        // Every offer the upload changed gets its own audit entry, attributed to the key that uploaded.
        var after = await SnapshotAsync(db, upload.ProviderId, cancellationToken);
        var caller = new Caller(upload.KeyId, false, upload.ProviderId);
        var action = "upload." + upload.Mode.ToString().ToLowerInvariant();
        foreach (var (offerId, now) in after)
        {
            var then = before.GetValueOrDefault(offerId);
            if (then == now) continue;
            AuditLog.Record(db, caller, now.Status == OfferStatus.Withdrawn && then.Status == OfferStatus.Active ? "upload.withdraw" : action,
                clock.GetUtcNow(), upload.ProviderId, offerId, $"upload {upload.Id}", then.Hash, now.Hash);
        }
    }

    private static async Task<Dictionary<string, (string? Hash, OfferStatus Status)>> SnapshotAsync(CatalogueDbContext db, string providerId, CancellationToken cancellationToken) =>
        (await db.Offers.AsNoTracking().Where(o => o.ProviderId == providerId).Select(o => new { o.Id, o.ContentHash, o.Status }).ToListAsync(cancellationToken))
            .ToDictionary(o => o.Id, o => ((string?)o.ContentHash, o.Status));

    private static string Report(IEnumerable<RecordProblem> problems) =>
        JsonSerializer.Serialize(problems.OrderBy(p => p.Row).Select(p => new UploadReportRow(p.Row, p.Field, p.Message)), JsonSerializerOptions.Web);

    private static void Finish(Upload upload, UploadStatus status, string? reason, TimeProvider clock)
    {
        upload.Status = status;
        upload.Reason = reason;
        upload.FinishedAt = clock.GetUtcNow();
    }

    /// <summary>Through a fresh scope: the upload's own context may hold a broken transaction or half-tracked offers.</summary>
    private async Task FailAsync(string id, string reason, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = clock.GetUtcNow();
        await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Uploads.Where(u => u.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.Status, UploadStatus.Failed).SetProperty(x => x.Reason, reason).SetProperty(x => x.FinishedAt, now), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Upload {UploadId} failed unexpectedly")]
    private partial void LogFailed(Exception exception, string uploadId);
}
