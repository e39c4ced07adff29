using Catalogue.Providers;

namespace Catalogue.Api.Publishing.Offers;

/// <summary>What one write of <see cref="OfferPublisher"/> came to; each door turns it into its own answer.</summary>
internal abstract record PublishResult
{
    private PublishResult()
    {
    }

    /// <summary>The offer as stored after the write (read back once), with the ETag of that state.</summary>
    public sealed record Written(PublishOutcome Outcome, LearningOffer Offer, Provider? Provider, string ETag) : PublishResult;

    /// <summary>The withdrawal holds; <paramref name="WasActive"/> is false when the offer was withdrawn already (nothing written).</summary>
    public sealed record Withdrawn(bool WasActive) : PublishResult;

    /// <summary>No such provider or offer: <paramref name="Resource"/> is <c>Provider</c> or <c>Offer</c>, <paramref name="Id"/> the id the caller gave.</summary>
    public sealed record NotFound(string Resource, string Id) : PublishResult;

    /// <summary>The caller's precondition does not hold; nothing was written.</summary>
    public sealed record PreconditionFailed(string Detail) : PublishResult;

    /// <summary>The offer is not valid; every error the validator found, keyed by field (e.g. <c>runs[0].end</c>).</summary>
    public sealed record Invalid(Dictionary<string, string[]> Errors) : PublishResult;
}

/// <summary>How a stored write changed the offer.</summary>
internal enum PublishOutcome
{
    Created,
    /// <summary>Its content changed, or a withdrawn offer was published again.</summary>
    Updated,
    /// <summary>Already as asked: nothing stored but the audit row, the ETag stays.</summary>
    Unchanged,
}
