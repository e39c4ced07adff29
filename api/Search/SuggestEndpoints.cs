using Catalogue.Api.Http;
using Catalogue.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Search;

internal static class SuggestEndpoints
{
    public const int MaxLimit = 10;

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
    /// <param name="index">The search index.</param>
    /// <param name="vocabulary">Vocabulary suggestions.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    internal static async Task<Results<Ok<PagedResponse<Suggestion>>, ValidationProblem>> Suggest(
        [FromQuery(Name = "q")] string? q, [FromQuery(Name = "limit")] string? limit,
        ISearchIndex index, VocabularySuggestions vocabulary, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q) || q.Length > 100) errors["q"] = ["Type 1 to 100 characters."];
        var max = MaxLimit;
        if (limit is not null && (!int.TryParse(limit, out max) || max is < 1 or > MaxLimit)) errors["limit"] = [$"Must be a whole number from 1 to {MaxLimit}."];
        if (errors.Count > 0) return Problems.Invalid(errors);

        var items = await SuggestAsync(q!, max, index, vocabulary, cancellationToken);
        return TypedResults.Ok(new PagedResponse<Suggestion>(items, items.Count, 1, max));
    }

    /// <summary>Towns and professions first, then titles and providers from the index: shared by REST and GraphQL.</summary>
    internal static async Task<List<Suggestion>> SuggestAsync(
        string q, int max, ISearchIndex index, VocabularySuggestions vocabulary, CancellationToken cancellationToken)
    {
        var suggestions = vocabulary.Towns(q).Take(2).Concat(vocabulary.Professions(q).Take(3)).ToList();
        var fromIndex = await index.SuggestAsync(q, max, cancellationToken);
        suggestions.AddRange(fromIndex.Where(s => suggestions.All(x => !string.Equals(x.Text, s.Text, StringComparison.OrdinalIgnoreCase))));
        return suggestions.Take(max).ToList();
    }
}
