using Catalogue.Api.Publishing;
using Catalogue.Api.Publishing.Uploads;
using Catalogue.Api.Publishing.Feeds;
using Catalogue.Api.Publishing.Offers;
using Catalogue.Api.Admin;

namespace Catalogue.Api.Publishing;

/// <summary>The provider's own audit log, and the registration of the publishing routes in one call.</summary>
internal static class PublishingEndpoints
{
    public static RouteGroupBuilder MapPublishingEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapAdminEndpoints();
        v1.MapOwnOfferEndpoints();
        v1.MapUploadEndpoints();
        v1.MapFeedEndpoints();
        var audit = v1.MapGroup("/providers/{providerId}/audit").WithTags("Publishing")
            .RequireAuthorization(AccessPolicies.ProviderOwner).WithPublishingProblems();
        audit.MapGet("/", AuditEndpoints.ListOwn).WithName("ListProviderAudit").WithSummary("Read the provider's audit log")
            .WithDescription("Every write to the provider's offers, uploads, feeds and keys, newest first: key, action, offer, time, content hash before and after.")
            .ProducesValidationProblem();
        return v1;
    }
}
