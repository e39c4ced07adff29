using Catalogue.Api.Http;
using Catalogue.Api.Offers;
using Catalogue.Offers;
using Catalogue.Store;
using Catalogue.Vocabularies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Publishing.Offers;

/// <summary>The provider's private reads of its own offers: withdrawn ones included, each with its write ETag.</summary>
internal static class OwnOfferQueries
{
    public static Task<LearningOffer?> LoadAsync(CatalogueDbContext db, string offerId, CancellationToken cancellationToken) =>
        db.Offers.Include(o => o.Runs).Include(o => o.Locations).FirstOrDefaultAsync(o => o.Id == offerId, cancellationToken);

    /// <summary>List a provider's own offers.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="status">active or withdrawn; all when left out.</param>
    /// <param name="page">Page number, from 1. Default 1.</param>
    /// <param name="pageSize">Items per page, 1–100. Default 20.</param>
    internal static async Task<Results<Ok<PagedResponse<OwnOfferResponse>>, ValidationProblem, ProblemHttpResult>> List(
        string providerId, [FromQuery(Name = "status")] string? status, [FromQuery(Name = "page")] string? page,
        [FromQuery(Name = "pageSize")] string? pageSize, CatalogueDbContext db, CatalogueVocabularies vocabularies, CancellationToken cancellationToken)
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
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, cancellationToken);
        if (provider is null) return Problems.NotFound("Provider", providerId);
        var offers = db.Offers.AsNoTracking().Where(o => o.ProviderId == providerId);
        if (wanted is not null) offers = offers.Where(o => o.Status == wanted);
        var total = await offers.CountAsync(cancellationToken);
        var items = await offers.OrderByDescending(o => o.UpdatedAt).ThenBy(o => o.Id).Skip(paging.Offset).Take(paging.PageSize)
            .Include(o => o.Runs).Include(o => o.Locations).ToListAsync(cancellationToken);
        var responses = items.Select(o => new OwnOfferResponse(Preconditions.ETagOf(o), o.Version, o.ToResponse(provider, vocabularies))).ToList();
        return TypedResults.Ok(new PagedResponse<OwnOfferResponse>(responses, total, paging.Page, paging.PageSize));
    }

    /// <summary>Get one of the provider's own offers.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="externalId">The provider's own id for the offer.</param>
    internal static async Task<Results<Ok<OfferResponse>, ProblemHttpResult>> Get(
        string providerId, string externalId, HttpContext http, CatalogueDbContext db, CatalogueVocabularies vocabularies, CancellationToken cancellationToken)
    {
        var offer = await LoadAsync(db, OfferId.From(providerId, externalId), cancellationToken);
        if (offer is null || offer.ProviderId != providerId) return Problems.NotFound("Offer", externalId);
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, cancellationToken);
        http.Response.Headers.ETag = Preconditions.ETagOf(offer);
        http.Response.Headers.CacheControl = "private, no-cache";
        return TypedResults.Ok(offer.ToResponse(provider, vocabularies));
    }
}

/// <summary>One of the provider's own offers with what the next write needs.</summary>
/// <param name="ETag">Send as <c>If-Match</c> with the next PUT, PATCH or DELETE of this offer.</param>
/// <param name="Version">Incremented on every change.</param>
/// <param name="Offer">The offer as the public API shows it (with its status).</param>
public sealed record OwnOfferResponse(string ETag, long Version, OfferResponse Offer);
