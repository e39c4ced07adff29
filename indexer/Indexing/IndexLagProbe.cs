using Catalogue.Search;
using Catalogue.Store;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Indexer.Indexing;

/// <summary>
/// How far the search index is behind the store, asked of the reader role only, so that a process that merely reads
/// the index (an API beside a standalone indexer) reports its lag too.
/// </summary>
public sealed class IndexLagProbe(CatalogueDbContext db, ISearchReader index)
{
    /// <summary>Changes not yet committed to the index, and the age of the oldest.</summary>
    public async Task<IndexLag> LagAsync(TimeProvider clock, CancellationToken cancellationToken)
    {
        var checkpoint = await index.GetCheckpointAsync(cancellationToken);
        var pending = db.OfferChanges.AsNoTracking().Where(c => c.Seq > checkpoint);
        var depth = await pending.CountAsync(cancellationToken);
        var oldest = depth == 0 ? (DateTimeOffset?)null : await pending.OrderBy(c => c.Seq).Select(c => c.At).FirstAsync(cancellationToken);
        return new IndexLag(depth, oldest is null ? TimeSpan.Zero : clock.GetUtcNow() - oldest.Value, checkpoint);
    }
}

/// <summary>The index's distance behind the store, reported by readiness.</summary>
public sealed record IndexLag(int Depth, TimeSpan OldestAge, long Checkpoint);
