using Catalogue.Api.Http;
using Catalogue.Offers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalogue.Api.Publishing;

/// <summary>
/// Optimistic concurrency for writes: the write ETag names the offer's version and content, so any change — by this
/// API, a feed or an upload — makes an older ETag stale. <c>If-Match</c> must name the current ETag (or <c>*</c> for
/// "exists"); <c>If-None-Match: *</c> means "create only".
/// </summary>
internal static class Preconditions
{
    public static string ETagOf(LearningOffer offer) => $"\"{offer.Version}-{offer.ContentHash[..16]}\"";

    public static ProblemHttpResult? Fails(HttpRequest request, LearningOffer? current)
    {
        var ifMatch = request.Headers.IfMatch.ToString();
        if (ifMatch.Length > 0)
        {
            var tags = ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var ok = current is not null && tags.Any(t => t == "*" || t == ETagOf(current));
            if (!ok) return Stale(current is null ? "The offer does not exist." : "The offer changed since you read it; GET it again and reapply your change.");
        }
        if (request.Headers.IfNoneMatch.ToString() == "*" && current is not null) return Stale("The offer already exists (If-None-Match: *).");
        return null;
    }

    private static ProblemHttpResult Stale(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed", detail: detail);
}
