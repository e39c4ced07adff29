using Catalogue.Offers;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// A read document's records after the normaliser: the one per-record loop that feed syncs, uploads and their dry runs
/// share. Valid records become drafts (the first of an external id wins); every rejection is kept with its row; an
/// offer whose record was rejected, by the reader or the normaliser, is named in <see cref="KeptOfferIds"/> so that
/// it is kept as it was and never withdrawn for a typo.
/// </summary>
public sealed record NormalisedFeed(IReadOnlyList<OfferDraft> Drafts, IReadOnlyList<RecordProblem> Problems, IReadOnlySet<string> KeptOfferIds)
{
    /// <summary>Records rejected (a record with several problems counts once).</summary>
    public int Rejected => Problems.Select(p => p.Row).Distinct().Count();

    public static NormalisedFeed From(string providerId, FeedDocument document, OfferNormaliser normaliser, IPipelineProbe? probe = null)
    {
        var problems = document.Problems.ToList();
        var drafts = new List<OfferDraft>();
        var kept = new HashSet<string>(document.RejectedExternalIds.Select(id => OfferId.From(providerId, id)));
        var seenIds = new HashSet<string>();
        foreach (var offer in document.Offers)
        {
            probe?.Reached(PipelineStage.Normalise);
            var (draft, rejected) = normaliser.Normalise(offer);
            if (draft is null)
            {
                problems.AddRange(rejected);
                if (!string.IsNullOrWhiteSpace(offer.ExternalId)) kept.Add(OfferId.From(providerId, offer.ExternalId));
            }
            else if (!seenIds.Add(draft.ExternalId)) problems.Add(new RecordProblem(offer.Row, "externalId", $"'{draft.ExternalId}' appears more than once; the first record is used."));
            else drafts.Add(draft);
        }
        return new NormalisedFeed(drafts, problems, kept);
    }
}
