using Catalogue.Api.Offers;

namespace Catalogue.Api.Providers;

internal static class ProviderEndpoints
{
    public static RouteGroupBuilder MapProviderEndpoints(this RouteGroupBuilder api)
    {
        var providers = api.MapGroup("/providers").WithTags("Providers");
        providers.MapGet("/", ListProviders)
            .WithName("ListProviders")
            .WithSummary("List providers")
            .WithDescription("Pages through the providers (schools, vocational centres, universities, training firms, NGOs, public institutions), sorted by name in Polish order, optionally filtered by powiat of the seat and type.");
        providers.MapGet("/{id}", GetProvider)
            .WithName("GetProvider")
            .WithSummary("Get one provider with its offers")
            .WithDescription("Returns the provider and a short list of its active offers. Answers 304 to a matching If-None-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return providers;
    }

    internal static async Task<Results<Ok<PagedResponse<ProviderResponse>>, ValidationProblem>> ListProviders(
        [AsParameters] ProviderListParameters parameters, ProviderDirectory directory, CatalogueVocabularies vocabularies, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = Paging.Parse(parameters.Page, parameters.PageSize, errors);
        var powiats = OfferSearchFormats.Values(parameters.Powiat).ToList();
        void Add(string name, string message) => errors[name] = errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
        foreach (var powiat in powiats.Where(p => !vocabularies.Powiats.Contains(p)))
            Add("powiat", $"'{powiat}' is not a known code; see /api/v1/vocabularies/powiats.");
        var types = OfferSearchFormats.Values(parameters.Type).ToList();
        foreach (var type in types.Where(t => !vocabularies.ProviderTypes.Contains(t)))
            Add("type", $"'{type}' is not a known code; see /api/v1/vocabularies/provider-types.");
        if (errors.Count > 0) return Problems.Invalid(errors);

        var (items, total) = await directory.ListAsync(powiats, types, paging.Offset, paging.PageSize, cancellationToken);
        return TypedResults.Ok(new PagedResponse<ProviderResponse>(items, total, paging.Page, paging.PageSize));
    }

    /// <summary>Get one provider.</summary>
    /// <param name="id">The provider's id, e.g. demo-zs-elektronicznych-lodz.</param>
    /// <param name="db">Store.</param>
    /// <param name="vocabularies">Vocabularies.</param>
    /// <param name="clock">Clock.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    internal static async Task<Results<ETaggedJson<ProviderDetailResponse>, ProblemHttpResult>> GetProvider(
        string id, CatalogueDbContext db, CatalogueVocabularies vocabularies, TimeProvider clock, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (provider is null) return Problems.NotFound("Provider", id);
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.ProviderId == id && o.Status == OfferStatus.Active)
            .OrderBy(o => EF.Functions.Collate(o.Title, PolishCollation.Name))
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var summaries = offers.Select(o => new OfferSummary(
            o.Id, o.Title, OfferMapping.Code(o.Sector), o.Kind, o.Mode,
            o.Runs.Where(r => r.Start >= today).Min(r => r.Start))).ToList();
        return new ETaggedJson<ProviderDetailResponse>(new ProviderDetailResponse(provider.ToResponse(offers.Count, vocabularies), summaries));
    }

}
