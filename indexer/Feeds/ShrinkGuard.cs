namespace Catalogue.Indexer.Feeds;

/// <summary>
/// The shrink guard: a complete document (a feed, or an upload in replace mode) whose records are all invalid, that
/// lists no offer while the provider has active ones, or that would withdraw more than
/// <see cref="FeedOptions.ShrinkGuardShare"/> of them, is held — nothing is applied until a person looks. A broken
/// export (an empty file, a filtered query, the wrong school's file, columns shifted by one) must not empty a
/// provider's part of a public register, nor pass as a successful run.
/// </summary>
public static class ShrinkGuard
{
    /// <summary>Why the document is held, or null when it may be applied.</summary>
    /// <param name="active">The provider's active offers now.</param>
    /// <param name="records">The document's records after the normaliser.</param>
    /// <param name="complete">Whether the document lists all the provider's offers (only then does it withdraw).</param>
    /// <param name="withdraw">How many active offers applying it would withdraw.</param>
    /// <param name="share">The largest share of the active offers one document may withdraw.</param>
    public static string? HoldReason(int active, NormalisedFeed records, bool complete, int withdraw, double share)
    {
        if (complete && records.Drafts.Count == 0 && records.Rejected > 0)
            return $"Every record of the feed was rejected ({records.Rejected}); nothing was applied or withdrawn. Fix the records in the report.";
        if (active > 0 && records.Drafts.Count == 0 && records.Rejected == 0 && complete)
            return $"The feed lists no offer, but the provider has {active} active; nothing was withdrawn.";
        if (active > 0 && withdraw > share * active)
            return $"The feed would withdraw {withdraw} of {active} active offers (more than {share:P0}); nothing was applied.";
        return null;
    }
}
