using Catalogue.Feeds;
using Catalogue.Offers;
using Catalogue.Store;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// Brings a provider's offers in step with one read document, in one transaction, and records the run. The rules that
/// protect a public register: invalid records are rejected with reasons while the valid ones apply; an offer whose
/// record was rejected is kept as it was; only a complete feed withdraws the offers it no longer lists; and a feed
/// with no valid offer, or one that would withdraw more than <see cref="FeedOptions.ShrinkGuardShare"/> of the
/// provider's active offers, is held: nothing is applied until a person looks.
/// </summary>
public sealed class FeedApplier(CatalogueDbContext db, OfferWriter writer, OfferNormaliser normaliser, TimeProvider clock, FeedOptions options)
{
    public async Task<SyncRun> ApplyAsync(string providerId, FeedDocument document, SyncRun run, OfferSource source, CancellationToken cancellationToken)
    {
        run.Seen = document.Seen;
        var problems = document.Problems.ToList();
        var drafts = new List<OfferDraft>();
        var kept = new HashSet<string>(document.RejectedExternalIds.Select(id => OfferId.From(providerId, id)));
        var seenIds = new HashSet<string>();
        foreach (var offer in document.Offers)
        {
            var (draft, rejected) = normaliser.Normalise(offer);
            if (draft is null)
            {
                problems.AddRange(rejected);
                if (!string.IsNullOrWhiteSpace(offer.ExternalId)) kept.Add(OfferId.From(providerId, offer.ExternalId));
            }
            else if (!seenIds.Add(draft.ExternalId)) problems.Add(new RecordProblem(offer.Row, "externalId", $"'{draft.ExternalId}' appears more than once; the first record is used."));
            else drafts.Add(draft);
        }
        run.Rejected = problems.Select(p => p.Row).Distinct().Count();
        run.Rejects.AddRange(problems.Select(p => new SyncReject { Row = p.Row, Field = p.Field, Message = p.Message }));

        var active = await db.Offers.Where(o => o.ProviderId == providerId && o.Status == OfferStatus.Active).Select(o => o.Id).ToListAsync(cancellationToken);
        var listed = drafts.Select(d => OfferId.From(providerId, d.ExternalId)).ToHashSet();
        var withdraw = document.Complete ? active.Where(id => !listed.Contains(id) && !kept.Contains(id)).ToList() : [];

        if (active.Count > 0 && drafts.Count == 0 && run.Rejected == 0 && document.Complete)
            return await Finish(run, SyncOutcome.Held, $"The feed lists no offer, but the provider has {active.Count} active; nothing was withdrawn.", cancellationToken);
        if (active.Count > 0 && withdraw.Count > options.ShrinkGuardShare * active.Count)
            return await Finish(run, SyncOutcome.Held,
                $"The feed would withdraw {withdraw.Count} of {active.Count} active offers (more than {options.ShrinkGuardShare:P0}); nothing was applied.", cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var written = await writer.UpsertAsync(providerId, drafts, source, isDemo: source == OfferSource.Demo, cancellationToken);
        var withdrawn = await writer.WithdrawAsync(withdraw, cancellationToken);
        run.Created = written.Created;
        run.Updated = written.Updated;
        run.Unchanged = written.Unchanged;
        run.Withdrawn = withdrawn.Withdrawn;
        var result = await Finish(run, SyncOutcome.Succeeded, null, cancellationToken);
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
        run.Outcome = outcome;
        run.Reason = reason;
        run.FinishedAt = clock.GetUtcNow();
        if (db.Entry(run).State == EntityState.Detached) db.SyncRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }
}

/// <summary>Bound from the <c>Feeds</c> section.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>A complete feed that would withdraw more than this share of a provider's active offers is held. Default 0.5.</summary>
    public double ShrinkGuardShare { get; set; } = 0.5;

    /// <summary>Largest feed document read. Default 50 MB.</summary>
    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>How long one feed may take to answer and arrive, retries included. Default 60 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of a transient failure (5xx, 408, 429, network) with exponential backoff. Default 2.</summary>
    public int Retries { get; set; } = 2;

    /// <summary>The first backoff delay. Default 1 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
