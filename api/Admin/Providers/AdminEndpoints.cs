using Catalogue.Api.Publishing;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Catalogue.Api.Providers;
using Catalogue.Providers;
using Catalogue.Publishing;

namespace Catalogue.Api.Admin;

/// <summary>What only admins do: register providers and issue, list, rotate and revoke API keys.</summary>
internal static partial class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(AccessPolicies.Admin).WithPublishingProblems();
        admin.MapPost("/providers", CreateProvider).WithName("CreateProvider").WithSummary("Register a provider")
            .WithDescription("Creates a provider (school, centre, university, training firm…) so that it can be given keys. `id` is a lower-case slug; `type` a code of the provider-types vocabulary. 409 when the id is taken.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/providers/{providerId}/keys", AdminKeyEndpoints.IssueProviderKey).WithName("IssueProviderKey").WithSummary("Issue an API key for a provider")
            .WithDescription("The response carries the secret once, as `key`; only its hash is stored. The key may write the provider's offers, uploads and feeds and read its runs and audit log.")
            .ProducesValidationProblem();
        admin.MapPost("/keys", AdminKeyEndpoints.IssueAdminKey).WithName("IssueAdminKey").WithSummary("Issue an admin API key")
            .WithDescription("A named admin key, so that admins need not share the bootstrap key from configuration. The secret is shown once, as `key`.")
            .ProducesValidationProblem();
        admin.MapGet("/keys", AdminKeyEndpoints.ListKeys).WithName("ListKeys").WithSummary("List API keys (never their secrets)")
            .WithDescription("Every key with its scope, prefix, creation, last use and revocation; `providerId` narrows the list to one provider.")
            .ProducesValidationProblem();
        admin.MapDelete("/keys/{keyId:long}", AdminKeyEndpoints.RevokeKey).WithName("RevokeKey").WithSummary("Revoke an API key")
            .WithDescription("The key stops working at once (401). Revoking twice is a no-op (204).");
        admin.MapPost("/keys/{keyId:long}/rotate", AdminKeyEndpoints.RotateKey).WithName("RotateKey").WithSummary("Rotate an API key")
            .WithDescription("Issues a new key with the same name and scope and revokes the old one; the new secret is shown once, as `key`.");
        admin.MapGet("/audit", AuditEndpoints.ListAll).WithName("ListAudit").WithSummary("Read the audit log")
            .WithDescription("Every write through the publishing API, newest first: key, action, provider, offer, time, content hash before and after. `providerId` narrows it.")
            .ProducesValidationProblem();
        return admin;
    }

    /// <summary>Register a provider.</summary>
    internal static async Task<Results<Created<ProviderResponse>, ValidationProblem, ProblemHttpResult>> CreateProvider(
        CreateProviderRequest request, ClaimsPrincipal user, CatalogueDbContext db, ProviderWriter writer,
        CatalogueVocabularies vocabularies, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Id is null || !ProviderIdPattern().IsMatch(request.Id)) errors["id"] = ["2–64 characters: lower-case letters, digits and '-', starting with a letter or digit."];
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 300) errors["name"] = ["Required, at most 300 characters."];
        if (vocabularies.ProviderTypes.Find(request.Type ?? "") is null) errors["type"] = ["A code of /api/v1/vocabularies/provider-types."];
        if (request.PowiatCode is not null && vocabularies.Powiats.Find(request.PowiatCode) is null) errors["powiatCode"] = ["A powiat code of the region (vocabulary powiaty)."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (await db.Providers.AnyAsync(p => p.Id == request.Id, cancellationToken))
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Provider exists", detail: $"A provider has the id '{request.Id}'.");
        var draft = new ProviderDraft(request.Id!, PlainText.Plain(request.Name)!, request.Type!)
        {
            Regon = request.Regon, Nip = request.Nip, RspoId = request.RspoId, Address = PlainText.Plain(request.Address),
            PostalCode = request.PostalCode, City = PlainText.Plain(request.City), PowiatCode = request.PowiatCode,
            Website = request.Website is { } w && (w.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || w.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ? w : null,
            Email = request.Email, Phone = request.Phone,
        };
        AuditLog.Record(db, Caller.From(user)!, "provider.create", clock.GetUtcNow(), draft.Id, target: draft.Name);
        await writer.UpsertAsync([draft], isDemo: false, cancellationToken);
        var provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == draft.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/providers/{provider.Id}", provider.ToResponse(0, vocabularies));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex ProviderIdPattern();
}

/// <summary>A provider to register. Only these fields can be set; the store owns timestamps and the demo flag.</summary>
/// <param name="Id">Lower-case slug, e.g. zs-elektryczny-lodz.</param>
/// <param name="Name">Full name.</param>
/// <param name="Type">Provider type code (vocabulary provider-types).</param>
/// <param name="Regon">REGON.</param>
/// <param name="Nip">NIP.</param>
/// <param name="RspoId">RSPO id of a school.</param>
/// <param name="Address">Street and number.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="City">Town.</param>
/// <param name="PowiatCode">Powiat code (TERYT).</param>
/// <param name="Website">http(s) address.</param>
/// <param name="Email">Contact e-mail.</param>
/// <param name="Phone">Contact phone.</param>
public sealed record CreateProviderRequest(
    string? Id, string? Name, string? Type, string? Regon = null, string? Nip = null, string? RspoId = null, string? Address = null,
    string? PostalCode = null, string? City = null, string? PowiatCode = null, string? Website = null, string? Email = null, string? Phone = null);

/// <summary>Plain text from a free-text field: tags removed, so no markup comes back out of any API.</summary>
internal static class PlainText
{
    public static string? Plain(string? text) =>
        text is null ? null : System.Net.WebUtility.HtmlDecode(Regex.Replace(text, "<[^>]*>", "")).Trim() is { Length: > 0 } plain ? plain.Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal) : null;
}
