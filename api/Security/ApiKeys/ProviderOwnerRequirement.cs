using Microsoft.AspNetCore.Authorization;

namespace Catalogue.Api.Security;

/// <summary>
/// The caller may act for the provider named in the route (<c>{providerId}</c>): its own provider key, or an admin key.
/// Checked before any lookup, so a foreign key learns nothing about the provider's offers, uploads or runs (403).
/// </summary>
internal sealed class ProviderOwnerRequirement : IAuthorizationRequirement, IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        var caller = Caller.From(context.User);
        var providerId = (context.Resource as HttpContext)?.GetRouteValue("providerId") as string;
        if (caller is not null && (caller.IsAdmin || (providerId is not null && caller.MayActFor(providerId)))) context.Succeed(this);
        return Task.CompletedTask;
    }
}

internal sealed class AdminRequirement : IAuthorizationRequirement, IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (Caller.From(context.User) is { IsAdmin: true }) context.Succeed(this);
        return Task.CompletedTask;
    }
}

internal static class AccessPolicies
{
    public const string Admin = "admin";
    public const string ProviderOwner = "provider-owner";
}
