using Catalogue.Api.Publishing;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Catalogue.Feeds;
using Catalogue.Indexer.Feeds;
using Catalogue.Api.Admin;

namespace Catalogue.Api.Publishing.Feeds;

/// <summary>A provider's feed URLs: register, change, remove, and sync one now. URLs pass the SSRF guard when registered and when fetched.</summary>
internal static class FeedEndpoints
{
    public static RouteGroupBuilder MapFeedEndpoints(this RouteGroupBuilder api)
    {
        var feeds = api.MapGroup("/providers/{providerId}/feeds").WithTags("Feeds")
            .RequireAuthorization(AccessPolicies.ProviderOwner).WithPublishingProblems();
        feeds.MapGet("/", List).WithName("ListFeeds").WithSummary("List the provider's feeds").WithDescription("Each feed with its URL, format, interval and last run.");
        feeds.MapPost("/", Add).WithName("AddFeed").WithSummary("Register a feed URL")
            .WithDescription("An http(s) URL on the public internet (loopback, private and link-local addresses are refused unless the operator set `Feeds:AllowPrivateNetworks`), a format (json or csv) and an interval in minutes (15–10080, default 60).")
            .AcceptsStrictJson<FeedRequest>();
        feeds.MapPut("/{feedId:long}", Update).WithName("UpdateFeed").WithSummary("Change a feed")
            .WithDescription("Replaces URL, format, interval and enabled flag. A new URL forgets the old document's validators, so the next sync reads it whole.")
            .AcceptsStrictJson<FeedRequest>();
        feeds.MapDelete("/{feedId:long}", Remove).WithName("RemoveFeed").WithSummary("Remove a feed")
            .WithDescription("The feed is no longer synced; its offers and runs stay.");
        feeds.MapPost("/{feedId:long}/sync", Sync).WithName("SyncFeed").WithSummary("Sync a feed now")
            .WithDescription("Starts a sync in the background and answers 202; the run appears under `sync-runs` (Location). 409 when that feed is syncing already.")
            .Produces(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        return feeds;
    }

    /// <summary>List feeds.</summary>
    /// <param name="providerId">The provider's id.</param>
    internal static async Task<Ok<List<FeedResponse>>> List(string providerId, CatalogueDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.ProviderFeeds.AsNoTracking().Where(f => f.ProviderId == providerId).OrderBy(f => f.Id).ToListAsync(cancellationToken)).Select(ToResponse).ToList());

    /// <summary>Register a feed.</summary>
    /// <param name="providerId">The provider's id.</param>
    internal static async Task<Results<Created<FeedResponse>, ValidationProblem, ProblemHttpResult>> Add(
        string providerId, HttpRequest http, ClaimsPrincipal user, CatalogueDbContext db, IOptions<FeedOptions> network, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Providers.AnyAsync(p => p.Id == providerId, cancellationToken)) return Problems.NotFound("Provider", providerId);
        var (request, problem) = await StrictJsonBody.ReadAsync<FeedRequest>(http, cancellationToken);
        if (problem is not null) return problem;
        var (format, errors) = await ValidateAsync(request!, network.Value, cancellationToken);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var feed = new ProviderFeed { ProviderId = providerId, Url = request!.Url, Format = format, IntervalMinutes = request.IntervalMinutes ?? 60, Enabled = request.Enabled ?? true, CreatedAt = clock.GetUtcNow() };
        db.ProviderFeeds.Add(feed);
        await db.SaveChangesAsync(cancellationToken);
        AuditLog.Record(db, Caller.From(user)!, "feed.add", feed.CreatedAt, providerId, target: $"feed {feed.Id}: {feed.Url}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/providers/{providerId}/feeds/{feed.Id}", ToResponse(feed));
    }

    /// <summary>Change a feed.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="feedId">The feed's id.</param>
    internal static async Task<Results<Ok<FeedResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string providerId, long feedId, HttpRequest http, ClaimsPrincipal user, CatalogueDbContext db, IOptions<FeedOptions> network, TimeProvider clock, CancellationToken cancellationToken)
    {
        var feed = await db.ProviderFeeds.FirstOrDefaultAsync(f => f.Id == feedId && f.ProviderId == providerId, cancellationToken);
        if (feed is null) return Problems.NotFound("Feed", feedId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (request, problem) = await StrictJsonBody.ReadAsync<FeedRequest>(http, cancellationToken);
        if (problem is not null) return problem;
        var (format, errors) = await ValidateAsync(request!, network.Value, cancellationToken);
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (feed.Url != request!.Url || feed.Format != format) (feed.ETag, feed.LastModified, feed.ContentHash) = (null, null, null);
        (feed.Url, feed.Format, feed.IntervalMinutes, feed.Enabled) = (request.Url, format, request.IntervalMinutes ?? 60, request.Enabled ?? true);
        AuditLog.Record(db, Caller.From(user)!, "feed.update", clock.GetUtcNow(), providerId, target: $"feed {feed.Id}: {feed.Url}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(feed));
    }

    /// <summary>Remove a feed.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="feedId">The feed's id.</param>
    internal static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        string providerId, long feedId, ClaimsPrincipal user, CatalogueDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var feed = await db.ProviderFeeds.FirstOrDefaultAsync(f => f.Id == feedId && f.ProviderId == providerId, cancellationToken);
        if (feed is null) return Problems.NotFound("Feed", feedId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        db.ProviderFeeds.Remove(feed);
        AuditLog.Record(db, Caller.From(user)!, "feed.remove", clock.GetUtcNow(), providerId, target: $"feed {feed.Id}: {feed.Url}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Sync a feed now.</summary>
    /// <param name="providerId">The provider's id.</param>
    /// <param name="feedId">The feed's id.</param>
    internal static async Task<Results<Accepted, ProblemHttpResult>> Sync(
        string providerId, long feedId, ClaimsPrincipal user, CatalogueDbContext db, FeedSyncTrigger trigger, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.ProviderFeeds.AnyAsync(f => f.Id == feedId && f.ProviderId == providerId, cancellationToken))
            return Problems.NotFound("Feed", feedId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!await trigger.TryStartAsync(feedId, cancellationToken))
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Sync running", detail: "This feed is being synced now; see its sync runs.");
        AuditLog.Record(db, Caller.From(user)!, "feed.sync", clock.GetUtcNow(), providerId, target: $"feed {feedId}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/providers/{providerId}/sync-runs");
    }

    private static async Task<(FeedFormat Format, Dictionary<string, string[]> Errors)> ValidateAsync(FeedRequest request, FeedOptions network, CancellationToken cancellationToken)
    {
        // Length, format and interval are the record's annotations, checked while reading; the address is checked here.
        var errors = new Dictionary<string, string[]>();
        if (await FeedAddressGuard.CheckUrlAsync(request.Url, network.AllowPrivateNetworks, cancellationToken) is { } refused) errors["url"] = [refused];
        return (Enum.Parse<FeedFormat>(request.Format, ignoreCase: true), errors);
    }

    private static FeedResponse ToResponse(ProviderFeed f) =>
        new(f.Id, f.ProviderId, f.Url, f.Format.ToString().ToLowerInvariant(), f.IntervalMinutes, f.Enabled, f.CreatedAt, f.LastRunAt);
}

/// <summary>A feed to register or change.</summary>
/// <param name="Url">http(s) URL of the document.</param>
/// <param name="Format">json or csv.</param>
/// <param name="IntervalMinutes">Minutes between syncs, 15–10080. Default 60.</param>
/// <param name="Enabled">False pauses the feed. Default true.</param>
[StrictJsonBody.Contract]
public sealed record FeedRequest(
    [property: StringLength(2000, MinimumLength = 1, ErrorMessage = FeedRequest.UrlRule), RegularExpression(@"^[hH][tT][tT][pP][sS]?://\S+$", ErrorMessage = FeedRequest.UrlRule)] string Url,
    [property: AllowedValues("json", "csv", ErrorMessage = "json or csv.")] string Format,
    [property: Range(15, 10080, ErrorMessage = "From 15 to 10080 minutes (a week).")] int? IntervalMinutes = null,
    bool? Enabled = null)
{
    internal const string UrlRule = "An http(s) URL of at most 2000 characters.";
}

/// <summary>A registered feed.</summary>
/// <param name="Id">Feed id.</param>
/// <param name="ProviderId">Provider id.</param>
/// <param name="Url">URL.</param>
/// <param name="Format">json or csv.</param>
/// <param name="IntervalMinutes">Minutes between syncs.</param>
/// <param name="Enabled">Synced on schedule.</param>
/// <param name="CreatedAt">Registered.</param>
/// <param name="LastRunAt">Start of the last finished sync.</param>
public sealed record FeedResponse(long Id, string ProviderId, string Url, string Format, int IntervalMinutes, bool Enabled, DateTimeOffset CreatedAt, DateTimeOffset? LastRunAt);
