namespace Catalogue.Search;

/// <summary>
/// The change-log position the index has reached. Shared by both roles: the writer resumes after it, a reader reports
/// how far the index is behind the store.
/// </summary>
public interface ISearchCheckpoint
{
    /// <summary>The change-log position of the last commit: the drain resumes after it.</summary>
    Task<long> GetCheckpointAsync(CancellationToken cancellationToken);
}

/// <summary>
/// What the API asks of a search engine (Lucene.Net embedded, Elasticsearch on a cluster): searching, typeahead and
/// counts, nothing that changes the index. A process that only reads (an API whose indexer runs elsewhere) gets this
/// role alone, so a write cannot even be written down. Query semantics live in <see cref="OfferQuery"/> and the
/// conformance suite, never in an engine's own types.
/// </summary>
public interface ISearchReader : ISearchCheckpoint
{
    Task<OfferSearchResult> SearchAsync(OfferQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken);

    Task<long> CountAsync(CancellationToken cancellationToken);
}

/// <summary>
/// What the indexer does to a search engine: rebuild it, apply documents and commit them with their change-log
/// position. Only the one process that owns the index has this role: two writers would corrupt an embedded index.
/// </summary>
public interface ISearchWriter : ISearchCheckpoint
{
    /// <summary>
    /// True when the index is missing or was built for another mapping (or analysis) version: rebuild it from the store.
    /// Asynchronous because a remote engine must ask its cluster; throws <see cref="SearchUnavailableException"/> when it cannot.
    /// </summary>
    Task<bool> NeedsRebuildAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces documents by id. Not visible to searches before <see cref="CommitAsync"/>.</summary>
    Task UpsertAsync(IReadOnlyList<OfferDocument> documents, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>Makes the writes durable and searchable, and records the change-log position they reach.</summary>
    Task CommitAsync(long checkpoint, CancellationToken cancellationToken);

    /// <summary>Replaces the whole index with <paramref name="documents"/>; readers keep the old index until the swap.</summary>
    Task RebuildAsync(IAsyncEnumerable<OfferDocument> documents, long checkpoint, CancellationToken cancellationToken);
}

/// <summary>
/// Both roles of one engine, as the writer process holds it. Engines implement this; code names the role it needs
/// (<see cref="ISearchReader"/> or <see cref="ISearchWriter"/>).
/// </summary>
public interface ISearchIndex : ISearchReader, ISearchWriter;

/// <summary>The contract's answer to a search. <see cref="Total"/> is exact up to <see cref="OfferSearchResult.TotalLimit"/>.</summary>
public sealed record OfferSearchResult(
    IReadOnlyList<OfferHit> Hits, long Total, bool TotalIsLowerBound, string? NextCursor, IReadOnlyList<Facet> Facets)
{
    public const int TotalLimit = 10_000;

    /// <summary>How the query's words were read (null without words): what was understood, whether the search was relaxed, a spelling suggestion.</summary>
    public SearchInterpretation? Interpretation { get; init; }
}

/// <summary>One result: the offer's id, its score, its distance from the query point, highlighted snippets, and its card when the engine keeps it.</summary>
public sealed record OfferHit(string Id, double Score, double? DistanceKm, IReadOnlyDictionary<string, string> Highlights)
{
    /// <summary>The result card as indexed; null when the engine does not keep it (the caller then reads the store).</summary>
    public OfferCard? Card { get; init; }
}

/// <summary>Counts of one facet over the current query, computed with the facet's own filter excluded.</summary>
public sealed record Facet(string Name, IReadOnlyList<FacetValue> Values);

public sealed record FacetValue(string Value, long Count);

public sealed record Suggestion(string Text, string Type, string? Id);

public static class FacetNames
{
    public const string Sector = "sector", Kind = "kind", Powiat = "powiat", Level = "level", Mode = "mode",
        Isced = "isced", Funding = "funding", Free = "free", StartMonth = "startMonth";

    public static readonly IReadOnlyList<string> All = [Sector, Kind, Powiat, Level, Mode, Isced, Funding, Free, StartMonth];
}

/// <summary>A cursor that this query cannot continue from (not issued by this API, or for another sort); the API answers 400 naming <c>cursor</c>.</summary>
public sealed class InvalidCursorException(string message) : Exception(message);
