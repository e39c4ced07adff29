using Catalogue.Api.Publishing;
using System.ComponentModel.DataAnnotations;
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
            .AcceptsStrictJson<CreateProviderRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/providers/{providerId}/keys", AdminKeyEndpoints.IssueProviderKey).WithName("IssueProviderKey").WithSummary("Issue an API key for a provider")
            .WithDescription("The response carries the secret once, as `key`; only its hash is stored. The key may write the provider's offers, uploads and feeds and read its runs and audit log.")
            .AcceptsStrictJson<IssueKeyRequest>();
        admin.MapPost("/keys", AdminKeyEndpoints.IssueAdminKey).WithName("IssueAdminKey").WithSummary("Issue an admin API key")
            .WithDescription("A named admin key, so that admins need not share the bootstrap key from configuration. The secret is shown once, as `key`.")
            .AcceptsStrictJson<IssueKeyRequest>();
        admin.MapGet("/keys", AdminKeyEndpoints.ListKeys).WithName("ListKeys").WithSummary("List API keys (never their secrets)")
            .WithDescription("Every key with its scope, prefix, creation, last use and revocation; `providerId` narrows the list to one provider.")
            .ProducesValidationProblem();
        admin.MapDelete("/keys/{keyId:long}", AdminKeyEndpoints.RevokeKey).WithName("RevokeKey").WithSummary("Revoke an API key")
            .WithDescription("The key stops working at once (401). Revoking is idempotent: a revoked key answers 204 again, and stays listed with its `revokedAt`.");
        admin.MapPost("/keys/{keyId:long}/rotate", AdminKeyEndpoints.RotateKey).WithName("RotateKey").WithSummary("Rotate an API key")
            .WithDescription("Issues a new key with the same name and scope and revokes the old one; the new secret is shown once, as `key`. A revoked key cannot be rotated: 409 (issue a new key instead).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapGet("/audit", AuditEndpoints.ListAll).WithName("ListAudit").WithSummary("Read the audit log")
            .WithDescription("Every write through the publishing API, newest first: key, action, provider, offer, time, content hash before and after. `providerId` narrows it.")
            .ProducesValidationProblem();
        return admin;
    }

    /// <summary>Register a provider.</summary>
    internal static async Task<Results<Created<ProviderResponse>, ValidationProblem, ProblemHttpResult>> CreateProvider(
        HttpRequest http, ClaimsPrincipal user, CatalogueDbContext db, ProviderWriter writer,
        CatalogueVocabularies vocabularies, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, problem) = await StrictJsonBody.ReadAsync<CreateProviderRequest>(http, cancellationToken);
        if (problem is not null) return problem;
        var errors = new Dictionary<string, string[]>();
        // Codes exactly as the vocabulary (and the document's enum) spells them.
        if (vocabularies.ProviderTypes.Canonical(request!.Type) != request.Type) errors["type"] = ["A code of /api/v1/vocabularies/provider-types."];
        if (request.PowiatCode is not null && vocabularies.Powiats.Canonical(request.PowiatCode) != request.PowiatCode) errors["powiatCode"] = ["A powiat code of the region (vocabulary powiaty)."];
        // Markup alone is no name: nothing would be left once tags are removed.
        if (PlainText.Plain(request.Name) is null) errors["name"] = [CreateProviderRequest.NameRule];
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (await db.Providers.AnyAsync(p => p.Id == request.Id, cancellationToken))
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Provider exists", detail: $"A provider has the id '{request.Id}'.");
        var draft = new ProviderDraft(request.Id, PlainText.Plain(request.Name)!, request.Type)
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
[StrictJsonBody.Contract]
public sealed record CreateProviderRequest(
    [property: RegularExpression("^[a-z0-9][a-z0-9-]{1,63}$", ErrorMessage = "2–64 characters: lower-case letters, digits and '-', starting with a letter or digit.")] string Id,
    [property: StringLength(300, MinimumLength = 1, ErrorMessage = CreateProviderRequest.NameRule), RegularExpression(TextPatterns.NotBlank, ErrorMessage = CreateProviderRequest.NameRule)] string Name,
    string Type,
    [property: StringLength(300, ErrorMessage = CreateProviderRequest.ShortText)] string? Regon = null,
    [property: StringLength(300, ErrorMessage = CreateProviderRequest.ShortText)] string? Nip = null,
    [property: StringLength(300, ErrorMessage = CreateProviderRequest.ShortText)] string? RspoId = null,
    [property: StringLength(300, ErrorMessage = CreateProviderRequest.ShortText)] string? Address = null,
    [property: StringLength(300, ErrorMessage = CreateProviderRequest.ShortText)] string? PostalCode = null,
    [property: StringLength(300, ErrorMessage = CreateProviderRequest.ShortText)] string? City = null,
    string? PowiatCode = null,
    [property: StringLength(2000, ErrorMessage = "At most 2000 characters.")] string? Website = null,
    [property: StringLength(300, ErrorMessage = CreateProviderRequest.ShortText)] string? Email = null,
    [property: StringLength(300, ErrorMessage = CreateProviderRequest.ShortText)] string? Phone = null)
{
    internal const string ShortText = "At most 300 characters.";
    internal const string NameRule = "1–300 characters of text, not only spaces or markup.";
}

/// <summary>Plain text from a free-text field: tags removed, so no markup comes back out of any API.</summary>
internal static class PlainText
{
    public static string? Plain(string? text) =>
        text is null ? null : System.Net.WebUtility.HtmlDecode(Regex.Replace(text, "<[^>]*>", "")).Trim() is { Length: > 0 } plain ? plain.Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal) : null;
}
