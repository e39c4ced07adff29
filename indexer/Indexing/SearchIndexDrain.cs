using System.Runtime.CompilerServices;
using Catalogue.Changes;
using Catalogue.Offers;
using Catalogue.Search;
using Catalogue.Store;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Indexer.Indexing;

/// <summary>
/// Moves accepted changes from the store's change log into the search index. The index records the last sequence it
/// has committed; a batch is read after it, applied, and committed with its new position, so a crash anywhere means
/// the same batch is applied again (upserts and deletes are idempotent) and nothing is lost.
/// </summary>
public sealed class SearchIndexDrain(CatalogueDbContext db, ISearchWriter index, OfferDocumentBuilder documents)
{
    public const int BatchSize = 1000;

    /// <summary>A backlog (a big feed, a restart) is applied in several batches under one commit, for at most this long.</summary>
    private static readonly TimeSpan CommitEvery = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Applies the changes after the index's position — one batch, or while a backlog lasts several batches for up to
    /// <see cref="CommitEvery"/> — and commits once; returns how many change-log rows it consumed (0 when current).
    /// A commit makes the batch durable and searchable, and costs as much as indexing a thousand offers, so a backlog
    /// is committed about once a second rather than once a batch.
    /// </summary>
    public async Task<int> DrainBatchAsync(CancellationToken cancellationToken)
    {
        var position = await index.GetCheckpointAsync(cancellationToken);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var consumed = 0;
        while (true)
        {
            var changes = await db.OfferChanges.AsNoTracking()
                .Where(c => c.Seq > position).OrderBy(c => c.Seq).Take(BatchSize)
                .Select(c => new { c.Seq, c.OfferId })
                .ToListAsync(cancellationToken);
            if (changes.Count == 0) break;

            var ids = changes.Select(c => c.OfferId).Distinct().ToList();
            var built = await BuildAsync(db.Offers.AsNoTracking().Where(o => ids.Contains(o.Id)), cancellationToken);
            await index.UpsertAsync(built, cancellationToken);
            var missing = ids.Except(built.Select(d => d.Id)).ToList();
            if (missing.Count > 0) await index.DeleteAsync(missing, cancellationToken);
            position = changes[^1].Seq;
            consumed += changes.Count;
            if (changes.Count < BatchSize || started.Elapsed > CommitEvery) break;
        }
        if (consumed > 0) await index.CommitAsync(position, cancellationToken);
        return consumed;
    }

    /// <summary>True when the engine must be rebuilt from the store (missing, or built for another mapping version).</summary>
    public Task<bool> NeedsRebuildAsync(CancellationToken cancellationToken) => index.NeedsRebuildAsync(cancellationToken);

    /// <summary>Rebuilds the whole index from the store; changes made meanwhile are past the recorded position and drain after.</summary>
    public async Task<long> RebuildAsync(CancellationToken cancellationToken)
    {
        var checkpoint = await db.OfferChanges.MaxAsync(c => (long?)c.Seq, cancellationToken) ?? 0;
        var rebuilt = 0L;
        await index.RebuildAsync(AllDocumentsAsync(cancellationToken).Select(d => { rebuilt++; return d; }), checkpoint, cancellationToken);
        return rebuilt;
    }

    private async IAsyncEnumerable<OfferDocument> AllDocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var page = db.Offers.AsNoTracking().OrderBy(o => o.Id).Where(o => after == null || string.Compare(o.Id, after) > 0).Take(2000);
            var batch = await BuildAsync(page, cancellationToken);
            if (batch.Count == 0) yield break;
            foreach (var document in batch) yield return document;
            after = batch[^1].Id;
        }
    }

    private async Task<List<OfferDocument>> BuildAsync(IQueryable<LearningOffer> offers, CancellationToken cancellationToken)
    {
        var loaded = await offers.ToListAsync(cancellationToken);
        var providerIds = loaded.Select(o => o.ProviderId).Distinct().ToList();
        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return loaded.Select(o => documents.Build(o, providers.GetValueOrDefault(o.ProviderId))).ToList();
    }
}
