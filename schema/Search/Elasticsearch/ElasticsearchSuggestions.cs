using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace Catalogue.Search.Elasticsearch;

/// <summary>
/// Typeahead in one request, as the embedded engine answers it: active offers whose title words start with every typed
/// word (the edge-n-gram <c>title.prefix</c> field, search-as-you-type style), and — from a global aggregation, so the
/// title match does not narrow them — provider names whose words start the same way, in name order, a quarter of the list.
/// </summary>
internal static class ElasticsearchSuggestions
{
    public const string Providers = "providers", Names = "names";

    /// <summary>The folded words of the prefix (at most 6, each at most 20 letters); empty when there is nothing to complete.</summary>
    public static List<string> Words(string prefix) =>
        PolishFolding.Fold(prefix).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.Length > 20 ? w[..20] : w).Take(6).ToList();

    public static SearchRequest Build(string index, List<string> words, int limit)
    {
        var typed = string.Join(' ', words);
        return new SearchRequest(index)
        {
            Query = new BoolQuery
            {
                Must = [new MatchQuery(ElasticsearchOfferMapping.Suggest, typed) { Operator = Operator.And }],
                Filter = [ElasticsearchFilters.Term("status", "active")],
            },
            Size = limit * 5,
            TrackTotalHits = false,
            Source = new SourceFilter { Includes = new[] { "title" } },
            Aggregations = new Dictionary<string, Aggregation>
            {
                [Providers] = new Aggregation
                {
                    Global = new GlobalAggregation(),
                    Aggregations = new Dictionary<string, Aggregation>
                    {
                        [Names] = new Aggregation
                        {
                            Filter = new MatchQuery(ElasticsearchOfferMapping.ProviderSuggest, typed) { Operator = Operator.And },
                            Aggregations = new Dictionary<string, Aggregation>
                            {
                                [Names] = new TermsAggregation
                                {
                                    Field = "providerName", Size = Math.Max(1, limit / 4),
                                    Order = [new KeyValuePair<Field, SortOrder>("_key", SortOrder.Asc)],
                                },
                            },
                        },
                    },
                },
            },
        };
    }

    public static IReadOnlyList<Suggestion> Read(SearchResponse<ElasticsearchStoredOffer> response, int limit)
    {
        var suggestions = new List<Suggestion>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var providers = response.Aggregations?.GetGlobal(Providers)?.Aggregations?.GetFilter(Names)?.Aggregations?.GetStringTerms(Names)?.Buckets ?? [];
        foreach (var bucket in providers)
        {
            if (suggestions.Count >= Math.Max(1, limit / 4)) break;
            var name = bucket.Key.TryGetString(out var s) ? s! : bucket.Key.ToString();
            if (seen.Add(name)) suggestions.Add(new Suggestion(name, "provider", null));
        }
        foreach (var hit in response.HitsMetadata?.Hits ?? [])
        {
            if (suggestions.Count >= limit) break;
            if (hit.Source?.Title is { } title && seen.Add(title)) suggestions.Add(new Suggestion(title, "offer", hit.Id));
        }
        return suggestions;
    }
}
