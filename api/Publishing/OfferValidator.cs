using System.Text;
using System.Text.Json.Nodes;
using Catalogue.Indexer.Feeds;
using Catalogue.Offers;

namespace Catalogue.Api.Publishing;

/// <summary>
/// One offer of the write API through exactly the feeds' path: the offer wrapped as a one-offer JSON feed, checked by
/// <see cref="JsonFeedReader"/> against the feed schema (which has no <c>id</c>, <c>providerId</c>, <c>status</c>,
/// <c>createdAt</c>, <c>source</c> or <c>isDemo</c> — a body setting them is refused), then <see cref="OfferNormaliser"/>.
/// </summary>
internal sealed class OfferValidator(OfferNormaliser normaliser)
{
    public async Task<(OfferDraft? Draft, Dictionary<string, string[]> Errors)> ValidateAsync(JsonObject offer, CancellationToken cancellationToken)
    {
        var feed = new JsonObject { ["version"] = 1, ["complete"] = false, ["offers"] = new JsonArray(offer.DeepClone()) };
        var document = await JsonFeedReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(feed.ToJsonString())), cancellationToken);
        if (document.Problems.Count > 0) return (null, Errors(document.Problems));
        var (draft, problems) = normaliser.Normalise(document.Offers[0]);
        return draft is null ? (null, Errors(problems)) : (draft, []);
    }

    private static Dictionary<string, string[]> Errors(IEnumerable<RecordProblem> problems) =>
        problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).Distinct().ToArray());
}
