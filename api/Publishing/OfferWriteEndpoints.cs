using System.Security.Claims;
using Catalogue.Api.Http;
using Catalogue.Api.Offers;
using Catalogue.Offers;
using Catalogue.Store;
using Catalogue.Vocabularies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Publishing;

/// <summary>
/// A provider's own offers: create-or-replace (PUT), JSON Merge Patch (PATCH), withdraw (DELETE), and the private list
/// including withdrawn offers. Every body goes through the feeds' validator; every change is audited and reaches search
/// through the outbox. Responses carry an <c>ETag</c>; a write with a stale <c>If-Match</c> gets 412 and changes nothing.
/// </summary>
internal static class OfferWriteEndpoints
{
    public static RouteGroupBuilder MapOfferWriteEndpoints(this RouteGroupBuilder api)
    {
        var offers = api.MapGroup("/providers/{providerId}/offers").WithTags("Publishing")
            .RequireAuthorization(PublishingPolicies.ProviderOwner).WithPublishingProblems();
        offers.MapGet("/", OwnOfferQueries.List).WithName("ListOwnOffers").WithSummary("List a provider's own offers, withdrawn ones included")
            .WithDescription("Every offer of the provider whatever its status, newest change first, each with its `etag` for the next write. Needs the provider's key or an admin key.");
        offers.MapGet("/{externalId}", OwnOfferQueries.Get).WithName("GetOwnOffer").WithSummary("Get one of the provider's own offers with its ETag")
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

    /// <summary>Create or replace an offer.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="externalId">The provider's own id for the offer.</param>
    internal static async Task<Results<Created<OfferResponse>, Ok<OfferResponse>, ValidationProblem, ProblemHttpResult>> Put(
        string providerId, string externalId, HttpContext http, ClaimsPrincipal user, CatalogueDbContext db, OfferWriter writer,
        OfferValidator validator, OfferLocks locks, CatalogueVocabularies vocabularies, IOptions<PublishingOptions> options,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, cancellationToken);
        if (provider is null) return Problems.NotFound("Provider", providerId);
        var (body, problem) = await OfferBody.ReadObjectAsync(http.Request, OfferBody.Json, options.Value.MaxOfferBytes, cancellationToken);
        if (problem is not null) return problem;
        if (body!["externalId"] is { } given && (given.GetValueKind() != System.Text.Json.JsonValueKind.String || given.GetValue<string>() != externalId))
            return Problems.Invalid(new() { ["externalId"] = ["Must equal the externalId in the URL, or be left out."] });
        body["externalId"] = externalId;
        var (draft, errors) = await validator.ValidateAsync(body, cancellationToken);
        if (draft is null) return Problems.Invalid(errors);

        var id = OfferId.From(providerId, externalId);
        using var _ = await locks.EnterAsync(id, cancellationToken);
        var existing = await OwnOfferQueries.LoadAsync(db, id, cancellationToken);
        if (Preconditions.Fails(http.Request, existing) is { } failed) return failed;
        var before = existing?.ContentHash;
        AuditLog.Record(db, Caller.From(user)!, "offer.put", clock.GetUtcNow(), providerId, id, externalId, before, OfferWriter.ContentHash(draft));
        await writer.UpsertAsync(providerId, [draft], OfferSource.Api, isDemo: false, cancellationToken);
        var offer = (await OwnOfferQueries.LoadAsync(db, id, cancellationToken))!;
        http.Response.Headers.ETag = Preconditions.ETagOf(offer);
        var response = offer.ToResponse(provider, vocabularies);
        return existing is null ? TypedResults.Created($"/api/v1/offers/{id}", response) : TypedResults.Ok(response);
    }

    /// <summary>Change part of an offer.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="externalId">The provider's own id for the offer.</param>
    internal static async Task<Results<Ok<OfferResponse>, ValidationProblem, ProblemHttpResult>> Patch(
        string providerId, string externalId, HttpContext http, ClaimsPrincipal user, CatalogueDbContext db, OfferWriter writer,
        OfferValidator validator, OfferLocks locks, CatalogueVocabularies vocabularies, IOptions<PublishingOptions> options,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (patch, problem) = await OfferBody.ReadObjectAsync(http.Request, OfferBody.MergePatch, options.Value.MaxOfferBytes, cancellationToken);
        if (problem is not null) return problem;
        var id = OfferId.From(providerId, externalId);
        using var _ = await locks.EnterAsync(id, cancellationToken);
        var existing = await OwnOfferQueries.LoadAsync(db, id, cancellationToken);
        if (existing is null || existing.ProviderId != providerId) return Problems.NotFound("Offer", externalId);
        if (Preconditions.Fails(http.Request, existing) is { } failed) return failed;
        if (patch!["externalId"] is { } given && (given.GetValueKind() != System.Text.Json.JsonValueKind.String || given.GetValue<string>() != externalId))
            return Problems.Invalid(new() { ["externalId"] = ["The externalId cannot be changed; PUT the offer under its new id and DELETE this one."] });

        var merged = (System.Text.Json.Nodes.JsonObject)OfferBody.MergePatchInto(OfferFeedShape.ToFeedOffer(existing), patch)!;
        merged["externalId"] = externalId;
        var (draft, errors) = await validator.ValidateAsync(merged, cancellationToken);
        if (draft is null) return Problems.Invalid(errors);
        var before = existing.ContentHash;
        AuditLog.Record(db, Caller.From(user)!, "offer.patch", clock.GetUtcNow(), providerId, id, externalId, before, OfferWriter.ContentHash(draft));
        await writer.UpsertAsync(providerId, [draft], OfferSource.Api, isDemo: false, cancellationToken);
        var offer = (await OwnOfferQueries.LoadAsync(db, id, cancellationToken))!;
        http.Response.Headers.ETag = Preconditions.ETagOf(offer);
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, cancellationToken);
        return TypedResults.Ok(offer.ToResponse(provider, vocabularies));
    }

    /// <summary>Withdraw an offer.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="externalId">The provider's own id for the offer.</param>
    internal static async Task<Results<NoContent, ProblemHttpResult>> Withdraw(
        string providerId, string externalId, HttpContext http, ClaimsPrincipal user, CatalogueDbContext db, OfferWriter writer,
        OfferLocks locks, TimeProvider clock, CancellationToken cancellationToken)
    {
        var id = OfferId.From(providerId, externalId);
        using var _ = await locks.EnterAsync(id, cancellationToken);
        var existing = await OwnOfferQueries.LoadAsync(db, id, cancellationToken);
        if (existing is null || existing.ProviderId != providerId) return Problems.NotFound("Offer", externalId);
        if (Preconditions.Fails(http.Request, existing) is { } failed) return failed;
        if (existing.Status == OfferStatus.Withdrawn) return TypedResults.NoContent();
        AuditLog.Record(db, Caller.From(user)!, "offer.withdraw", clock.GetUtcNow(), providerId, id, externalId, existing.ContentHash, existing.ContentHash);
        await writer.WithdrawAsync([id], cancellationToken);
        return TypedResults.NoContent();
    }
}
