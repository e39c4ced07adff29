namespace Catalogue.Api.Publishing.Offers;

/// <summary>
/// What a write is conditional on, as the caller stated it: <c>If-Match</c> (ETags separated by commas, or <c>*</c>
/// for "exists") and <c>If-None-Match</c> (<c>*</c> for "create only"). Empty strings when unconditional.
/// </summary>
internal sealed record WritePrecondition(string IfMatch, string IfNoneMatch);

/// <summary>
/// Optimistic concurrency for writes: the write ETag names the offer's version and content, so any change — by this
/// API, a feed or an upload — makes an older ETag stale. <c>If-Match</c> must name the current ETag (or <c>*</c> for
/// "exists"); <c>If-None-Match: *</c> means "create only".
/// </summary>
internal static class Preconditions
{
    public static string ETagOf(LearningOffer offer) => $"\"{offer.Version}-{offer.ContentHash[..16]}\"";

    /// <summary>Why the write may not go ahead against <paramref name="current"/> (null when absent), or null when it may.</summary>
    public static string? Fails(WritePrecondition precondition, LearningOffer? current)
    {
        if (precondition.IfMatch.Length > 0)
        {
            var tags = precondition.IfMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var ok = current is not null && tags.Any(t => t == "*" || t == ETagOf(current));
            if (!ok) return current is null ? "The offer does not exist." : "The offer changed since you read it; GET it again and reapply your change.";
        }
        if (precondition.IfNoneMatch == "*" && current is not null) return "The offer already exists (If-None-Match: *).";
        return null;
    }
}
