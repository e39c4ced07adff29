using System.Security.Claims;
using System.Text.Encodings.Web;
using Catalogue.Publishing;
using Microsoft.AspNetCore.Authentication;
using Catalogue.Api.Publishing;

namespace Catalogue.Api.Security;

/// <summary>
/// Reads <c>Authorization: ApiKey &lt;key&gt;</c> or <c>X-Api-Key</c>. No key: anonymous (reads stay open). A key that
/// does not match, or was revoked: failed, marked on the request so the rate limiter counts it against the caller's
/// address (brute force → 429). Challenges and refusals are ProblemDetails with <c>WWW-Authenticate: ApiKey</c>.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IOptions<CatalogueOptions> catalogue, CatalogueDbContext db, TimeProvider clock, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string FailedItem = "Catalogue.AuthFailed";
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request);
        if (presented is null) return AuthenticateResult.NoResult();
        if (presented.Length is 0 or > 200) return Failed("The API key is malformed.");
        var hash = ApiKeySecrets.Hash(presented);

        var bootstrap = ApiKeySecrets.BootstrapAdminHash(catalogue.Value);
        if (bootstrap is not null && ApiKeySecrets.HashesEqual(hash, bootstrap))
            return Success(null, ApiKey.AdminScope, "bootstrap");

        var prefix = ApiKeySecrets.PrefixOf(presented);
        var key = prefix is null ? null : await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null || !ApiKeySecrets.HashesEqual(hash, key.Hash)) return Failed("The API key is not valid.");
        if (key.RevokedAt is not null) return Failed("The API key was revoked.");

        var now = clock.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt > LastUsedResolution)
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(u => u.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        return Success(key.Id, key.Scope, key.Name);
    }

    internal static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase)) return authorization[(SchemeName.Length + 1)..].Trim();
        var header = request.Headers["X-Api-Key"].ToString();
        return header.Length > 0 ? header.Trim() : null;
    }

    private AuthenticateResult Failed(string reason)
    {
        Context.Items[FailedItem] = reason;
        return AuthenticateResult.Fail(reason);
    }

    private AuthenticateResult Success(long? keyId, string scope, string name)
    {
        var claims = new List<Claim> { new(Caller.ScopeClaim, scope), new(ClaimTypes.Name, name) };
        if (keyId is not null) claims.Add(new Claim(Caller.KeyIdClaim, keyId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} realm=\"catalogue\"";
        var reason = Context.Items[FailedItem] as string ?? "This endpoint needs an API key: 'Authorization: ApiKey <key>' or 'X-Api-Key: <key>'.";
        await WriteProblem(StatusCodes.Status401Unauthorized, "API key required", reason);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return WriteProblem(StatusCodes.Status403Forbidden, "Not your resource", "This key may act only for its own provider (admin keys for all).");
    }

    // TryWriteAsync: the problem writer declines a client whose Accept excludes JSON (text/html), and WriteAsync then
    // throws; such a client still gets the problem, as every error of the API is one.
    private async Task WriteProblem(int status, string title, string detail)
    {
        var context = new ProblemDetailsContext { HttpContext = Context, ProblemDetails = { Status = status, Title = title, Detail = detail } };
        if (!await problems.TryWriteAsync(context))
            await Response.WriteAsJsonAsync(context.ProblemDetails, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", Context.RequestAborted);
    }
}
