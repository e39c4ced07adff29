using Catalogue.Api.Offers;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Suggest;

internal static class SuggestEndpoints
{
    public static RouteGroupBuilder MapSuggestEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/suggest", Suggest)
            .WithTags("Search")
            .WithName("Suggest")
            .WithSummary("Typeahead suggestions")
            .WithDescription("Up to 10 suggestions for what a user has typed so far: offer titles, vocational professions, towns and providers whose words start with it, with or without Polish letters.")
            .ProducesValidationProblem();
        return api;
    }

    /// <summary>Typeahead suggestions.</summary>
    /// <param name="q">What the user has typed so far (1–100 characters), e.g. "prog" or "lodz".</param>
    /// <param name="limit">How many suggestions, 1–10. Default 10.</param>
    /// <param name="typeahead">The typeahead.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    internal static async Task<Results<Ok<PagedResponse<Suggestion>>, ValidationProblem>> Suggest(
        [FromQuery(Name = "q")] string? q, [FromQuery(Name = "limit")] string? limit, Typeahead typeahead, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        int? max = null;
        if (limit is not null)
        {
            if (int.TryParse(limit, out var parsed)) max = parsed;
            else errors.Add(Typeahead.LimitField, Typeahead.LimitMessage);
        }
        var outcome = await typeahead.SuggestAsync(q, max, errors, cancellationToken);
        return outcome.Items is { } items
            ? TypedResults.Ok(new PagedResponse<Suggestion>(items, items.Count, 1, outcome.Limit))
            : Problems.Invalid(outcome.Errors.Named(path => path));
    }
}
