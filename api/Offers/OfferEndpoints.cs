namespace Catalogue.Api.Offers;

internal static class OfferEndpoints
{
    public static RouteGroupBuilder MapOfferEndpoints(this RouteGroupBuilder api)
    {
        var offers = api.MapGroup("/offers").WithTags("Offers");
        offers.MapGet("/", SearchOffers)
            .WithName("SearchOffers")
            .WithSummary("Search learning offers")
            .WithDescription("Full-text search over the catalogue in Polish (inflection, diacritics and one typo handled), with combinable filters, distance, sorting, multi-select facets, highlighted snippets, page/pageSize paging up to 10,000 results and a cursor beyond. Every filter accepts several values (OR within a filter, AND across filters). Returns 400 naming the parameter when a value is not valid.")
            .ProducesValidationProblem();
        offers.MapGet("/{id}", GetOffer)
            .WithName("GetOffer")
            .WithSummary("Get one offer")
            .WithDescription("Returns the offer with the given stable id, including withdrawn offers (with status withdrawn). Answers 304 to a matching If-None-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return offers;
    }

    internal static async Task<Results<Ok<OfferSearchResponse>, ValidationProblem>> SearchOffers(
        [AsParameters] OfferListParameters parameters, OfferSearch search, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var request = parameters.ToRequest(errors);
        var outcome = await search.SearchAsync(request, errors, cancellationToken);
        return outcome.Page is { } page ? TypedResults.Ok(page) : Problems.Invalid(outcome.Errors.Named(OfferListBinding.ParameterOf));
    }

    /// <summary>Get one offer.</summary>
    /// <param name="id">The offer's stable public id, e.g. of-8f3k2m9q4v7x1b6d.</param>
    /// <param name="offers">Offers by id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    internal static async Task<Results<ETaggedJson<OfferResponse>, ProblemHttpResult>> GetOffer(
        string id, OfferLookup offers, CancellationToken cancellationToken) =>
        await offers.FindAsync(id, cancellationToken) is { } offer ? new ETaggedJson<OfferResponse>(offer) : Problems.NotFound("Offer", id);
}
