using Catalogue.Feeds;
using Catalogue.Offers;
using Catalogue.Store;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// Brings a provider's offers in step with one read document, in one transaction, and records the run. The rules that
/// protect a public register: invalid records are rejected with reasons while the valid ones apply; an offer whose
/// record was rejected is kept as it was (<see cref="NormalisedFeed"/>); only a complete feed withdraws the offers it
/// no longer lists; and a feed the <see cref="ShrinkGuard"/> holds applies nothing until a person looks.
/// </summary>
public sealed class FeedApplier(
    CatalogueDbContext db, OfferWriter writer, OfferNormaliser normaliser, TimeProvider clock, FeedOptions options, IPipelineProbe probe)
{
    public async Task<SyncRun> ApplyAsync(string providerId, FeedDocument document, SyncRun run, OfferSource source, CancellationToken cancellationToken)
    {
        probe.Reached(PipelineStage.Validate);
        run.Seen = document.Seen;
        var records = NormalisedFeed.From(providerId, document, normaliser, probe);
        run.Rejected = records.Rejected;
        run.Rejects.AddRange(records.Problems.Select(p => new SyncReject { Row = p.Row, Field = p.Field, Message = p.Message }));

        var active = await db.Offers.Where(o => o.ProviderId == providerId && o.Status == OfferStatus.Active).Select(o => o.Id).ToListAsync(cancellationToken);
        var listed = records.Drafts.Select(d => OfferId.From(providerId, d.ExternalId)).ToHashSet();
        var withdraw = document.Complete ? active.Where(id => !listed.Contains(id) && !records.KeptOfferIds.Contains(id)).ToList() : [];
        if (ShrinkGuard.HoldReason(active.Count, records, document.Complete, withdraw.Count, options.ShrinkGuardShare) is { } held)
            return await Finish(run, SyncOutcome.Held, held, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        probe.Reached(PipelineStage.Apply);
        var written = await writer.UpsertAsync(providerId, records.Drafts, source, isDemo: source == OfferSource.Demo, cancellationToken);
        var withdrawn = await writer.WithdrawAsync(withdraw, cancellationToken);
        run.Created = written.Created;
        run.Updated = written.Updated;
        run.Unchanged = written.Unchanged;
        run.Withdrawn = withdrawn.Withdrawn;
        var result = await Finish(run, SyncOutcome.Succeeded, null, cancellationToken);
        probe.Reached(PipelineStage.Commit);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Records a run that could not read its document at all: nothing applied, the reason kept.</summary>
    public Task<SyncRun> FailAsync(SyncRun run, string reason, CancellationToken cancellationToken) =>
        Finish(run, SyncOutcome.Failed, reason, cancellationToken);

    /// <summary>Records a run that had nothing to apply (the document did not change).</summary>
    public Task<SyncRun> NotModifiedAsync(SyncRun run, CancellationToken cancellationToken) =>
        Finish(run, SyncOutcome.NotModified, null, cancellationToken);

    private async Task<SyncRun> Finish(SyncRun run, SyncOutcome outcome, string? reason, CancellationToken cancellationToken)
    {
        probe.Reached(PipelineStage.Finish);
        run.Outcome = outcome;
        run.Reason = reason;
        run.FinishedAt = clock.GetUtcNow();
        if (db.Entry(run).State == EntityState.Detached) db.SyncRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }
}
