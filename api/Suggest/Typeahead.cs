using Catalogue.Api.Offers;

namespace Catalogue.Api.Suggest;

/// <summary>
/// Typeahead behind every door: what the user typed (1–100 characters) and how many suggestions (1–10) are checked
/// here once; towns and professions come first, then titles and providers from the index.
/// </summary>
internal sealed class Typeahead(ISearchReader index, VocabularySuggestions vocabulary)
{
    public const int MaxLimit = 10;
    public const int MaxTextLength = 100;

    /// <summary>Neutral field paths of the request, named alike by REST and GraphQL.</summary>
    public const string TextField = "q", LimitField = "limit";

    public async Task<TypeaheadOutcome> SuggestAsync(string? text, int? limit, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength) errors.Add(TextField, $"Type 1 to {MaxTextLength} characters.");
        if (limit is < 1 or > MaxLimit) errors.Add(LimitField, LimitMessage);
        var max = limit ?? MaxLimit;
        if (errors.Count > 0) return new TypeaheadOutcome(null, max, errors);

        var suggestions = vocabulary.Towns(text!).Take(2).Concat(vocabulary.Professions(text!).Take(3)).ToList();
        var fromIndex = await index.SuggestAsync(text!, max, cancellationToken);
        suggestions.AddRange(fromIndex.Where(s => suggestions.All(x => !string.Equals(x.Text, s.Text, StringComparison.OrdinalIgnoreCase))));
        return new TypeaheadOutcome(suggestions.Take(max).ToList(), max, errors);
    }

    public static string LimitMessage => $"Must be a whole number from 1 to {MaxLimit}.";
}

/// <summary>The suggestions, or (with <see cref="Items"/> null) the errors.</summary>
internal sealed record TypeaheadOutcome(IReadOnlyList<Suggestion>? Items, int Limit, FieldErrors Errors);
