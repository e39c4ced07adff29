using Catalogue.Api.Publishing;
using System.Diagnostics;
using Catalogue.Api.Offers;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Publishing.Offers;

/// <summary>
/// A provider's own offers over REST: create-or-replace (PUT), JSON Merge Patch (PATCH), withdraw (DELETE), and the
/// private list including withdrawn offers. The handlers read the body and the precondition headers, call
/// <see cref="OfferPublisher"/> (which validates, audits and stores), and turn its result into the answer. Responses
/// carry an <c>ETag</c>; a write with a stale <c>If-Match</c> gets 412 and changes nothing.
/// </summary>
internal static class OwnOfferEndpoints
{
    public static RouteGroupBuilder MapOwnOfferEndpoints(this RouteGroupBuilder api)
    {
        var offers = api.MapGroup("/providers/{providerId}/offers").WithTags("Publishing")
            .RequireAuthorization(AccessPolicies.ProviderOwner).WithPublishingProblems();
        offers.MapGet("/", List).WithName("ListOwnOffers").WithSummary("List a provider's own offers, withdrawn ones included")
            .WithDescription("Every offer of the provider whatever its status, newest change first, each with its `etag` for the next write. Needs the provider's key or an admin key.");
        offers.MapGet("/{externalId}", Get).WithName("GetOwnOffer").WithSummary("Get one of the provider's own offers with its ETag")
            .WithDescription("The offer as stored (also when withdrawn) and its `ETag`; send that ETag as `If-Match` with the next PUT, PATCH or DELETE.");
        offers.MapPut("/{externalId}", Put).WithName("PutOffer").WithSummary("Create or replace an offer (idempotent)")
            .WithDescription("The body is one offer of the JSON feed format (`schema/learning-offer-feed.v1.schema.json`); `externalId` may be left out (the URL names it). Fields the store owns (`id`, `providerId`, `status`, `createdAt`, `source`, `isDemo`) are refused. 201 when created, 200 when replaced or unchanged; a withdrawn offer is published again. `If-Match` makes the replace conditional (412 when stale); `If-None-Match: *` makes it create-only.")
            .Accepts<object>(OfferBody.Json).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        offers.MapPatch("/{externalId}", Patch).WithName("PatchOffer").WithSummary("Change part of an offer (JSON Merge Patch)")
            .WithDescription("RFC 7386 JSON Merge Patch over the offer in the feed format, sent as `application/merge-patch+json`: members given replace, `null` removes, arrays replace whole. The result is validated like a PUT body.")
            .Accepts<object>(OfferBody.MergePatch).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        offers.MapDelete("/{externalId}", Withdraw).WithName("WithdrawOffer").WithSummary("Withdraw an offer (soft delete)")
            .WithDescription("The offer leaves default search and stays readable by id with status `withdrawn`; its history and audit trail are kept. Withdrawing a withdrawn offer is a no-op (204).")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return offers;
    }

    /// <summary>List a provider's own offers.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="status">active or withdrawn; all when left out.</param>
    /// <param name="page">Page number, from 1. Default 1.</param>
    /// <param name="pageSize">Items per page, 1–100. Default 20.</param>
    internal static async Task<Results<Ok<PagedResponse<OwnOfferResponse>>, ValidationProblem, ProblemHttpResult>> List(
        string providerId, [FromQuery(Name = "status")] string? status, [FromQuery(Name = "page")] string? page,
        [FromQuery(Name = "pageSize")] string? pageSize, OwnOfferQueries offers, CatalogueVocabularies vocabularies, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = Paging.Parse(page, pageSize, errors);
        OfferStatus? wanted = null;
        if (status is not null)
        {
            if (Enum.TryParse<OfferStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(status[0])) wanted = parsed;
            else errors["status"] = ["active or withdrawn."];
        }
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (await offers.ListAsync(providerId, wanted, paging.Offset, paging.PageSize, cancellationToken) is not { } found) return Problems.NotFound("Provider", providerId);
        var items = found.Offers.Select(o => new OwnOfferResponse(o.ETag, o.Offer.Version, o.Offer.ToResponse(o.Provider, vocabularies))).ToList();
        return TypedResults.Ok(new PagedResponse<OwnOfferResponse>(items, found.Total, paging.Page, paging.PageSize));
    }

    /// <summary>Get one of the provider's own offers.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="externalId">The provider's own id for the offer.</param>
    internal static async Task<Results<Ok<OfferResponse>, ProblemHttpResult>> Get(
        string providerId, string externalId, HttpContext http, OwnOfferQueries offers, CatalogueVocabularies vocabularies, CancellationToken cancellationToken)
    {
        if (await offers.GetAsync(providerId, externalId, cancellationToken) is not { } own) return Problems.NotFound("Offer", externalId);
        http.Response.Headers.ETag = own.ETag;
        http.Response.Headers.CacheControl = "private, no-cache";
        return TypedResults.Ok(own.Offer.ToResponse(own.Provider, vocabularies));
    }

    /// <summary>Create or replace an offer.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="externalId">The provider's own id for the offer.</param>
    internal static async Task<Results<Created<OfferResponse>, Ok<OfferResponse>, ValidationProblem, ProblemHttpResult>> Put(
        string providerId, string externalId, HttpContext http, OfferPublisher publisher, CatalogueVocabularies vocabularies,
        IOptions<CatalogueOptions> options, CancellationToken cancellationToken)
    {
        var (body, problem) = await OfferBody.ReadObjectAsync(http.Request, OfferBody.Json, options.Value.MaxOfferBytes, cancellationToken);
        // A missing provider is named before anything about the body, as it always was.
        if (problem is not null) return await publisher.ProviderExistsAsync(providerId, cancellationToken) ? problem : Problems.NotFound("Provider", providerId);
        var result = await publisher.PutAsync(Caller.From(http.User)!, providerId, externalId, body!, PreconditionOf(http.Request), cancellationToken);
        return result switch
        {
            PublishResult.Written { Outcome: PublishOutcome.Created } written =>
                TypedResults.Created($"/api/v1/offers/{written.Offer.Id}", Answer(http, written, vocabularies)),
            PublishResult.Written written => TypedResults.Ok(Answer(http, written, vocabularies)),
            PublishResult.Invalid invalid => Problems.Invalid(invalid.Errors),
            _ => ProblemOf(result),
        };
    }

    /// <summary>Change part of an offer.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="externalId">The provider's own id for the offer.</param>
    internal static async Task<Results<Ok<OfferResponse>, ValidationProblem, ProblemHttpResult>> Patch(
        string providerId, string externalId, HttpContext http, OfferPublisher publisher, CatalogueVocabularies vocabularies,
        IOptions<CatalogueOptions> options, CancellationToken cancellationToken)
    {
        var (patch, problem) = await OfferBody.ReadObjectAsync(http.Request, OfferBody.MergePatch, options.Value.MaxOfferBytes, cancellationToken);
        if (problem is not null) return problem;
        var result = await publisher.PatchAsync(Caller.From(http.User)!, providerId, externalId, patch!, PreconditionOf(http.Request), cancellationToken);
        return result switch
        {
            PublishResult.Written written => TypedResults.Ok(Answer(http, written, vocabularies)),
            PublishResult.Invalid invalid => Problems.Invalid(invalid.Errors),
            _ => ProblemOf(result),
        };
    }

    /// <summary>Withdraw an offer.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="externalId">The provider's own id for the offer.</param>
    internal static async Task<Results<NoContent, ProblemHttpResult>> Withdraw(
        string providerId, string externalId, HttpContext http, OfferPublisher publisher, CancellationToken cancellationToken)
    {
        var result = await publisher.WithdrawAsync(Caller.From(http.User)!, providerId, externalId, PreconditionOf(http.Request), cancellationToken);
        return result is PublishResult.Withdrawn ? TypedResults.NoContent() : ProblemOf(result);
    }

    private static WritePrecondition PreconditionOf(HttpRequest request) =>
        new(request.Headers.IfMatch.ToString(), request.Headers.IfNoneMatch.ToString());

    private static OfferResponse Answer(HttpContext http, PublishResult.Written written, CatalogueVocabularies vocabularies)
    {
        http.Response.Headers.ETag = written.ETag;
        return written.Offer.ToResponse(written.Provider, vocabularies);
    }

    private static ProblemHttpResult ProblemOf(PublishResult result) => result switch
    {
        PublishResult.NotFound missing => Problems.NotFound(missing.Resource, missing.Id),
        PublishResult.PreconditionFailed stale =>
            TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed", detail: stale.Detail),
        _ => throw new UnreachableException($"{result.GetType().Name} has no problem answer."),
    };
}
