using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Microsoft.Extensions.Logging;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Catalogue.Search.Elasticsearch;

/// <summary>
/// The cluster engine. Offers live in versioned indices (<c>{prefix}-v{schema}-{timestamp}</c>) behind a read alias
/// (<c>{prefix}</c>) and a write alias (<c>{prefix}-write</c>); a rebuild loads a new index and swaps both aliases in
/// one <c>_aliases</c> call, so searches never see a half-built index. The drain's checkpoint lives in the write
/// index's mapping <c>_meta</c>, beside the schema and analysis it was built with.
/// </summary>
public sealed partial class ElasticsearchSearchIndex : ISearchIndex
{
    private readonly ElasticsearchConnection _connection;
    private readonly ElasticsearchBulkWriter _bulk;
    private readonly TimeProvider _clock;
    private readonly ILogger<ElasticsearchSearchIndex> _logger;
    private readonly QueryUnderstanding _understanding;
    private PolishAnalysis? _analysis;
    private bool? _hunspell;
    private bool _writeIndexExists;

    public ElasticsearchSearchIndex(ElasticsearchOptions options, TimeProvider clock, ILogger<ElasticsearchSearchIndex> logger, QueryUnderstanding? understanding = null)
    {
        _connection = new ElasticsearchConnection(options);
        _bulk = new ElasticsearchBulkWriter(_connection, clock, logger);
        _clock = clock;
        _logger = logger;
        _understanding = understanding ?? QueryUnderstanding.Default;
    }

    public async Task<bool> NeedsRebuildAsync(CancellationToken cancellationToken)
    {
        var meta = await MetaAsync(cancellationToken);
        var analysis = await AnalysisAsync(cancellationToken);
        var hunspell = await HunspellAsync(cancellationToken);
        return meta is null || (string?)meta["schema"] != ElasticsearchOfferMapping.SchemaVersion
            || (string?)meta["analysis"] != ElasticsearchOfferMapping.Name(analysis, hunspell);
    }

    public async Task UpsertAsync(IReadOnlyList<OfferDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0) return;
        await EnsureWriteIndexAsync(cancellationToken);
        await _bulk.UpsertAsync(_connection.WriteAlias, documents, cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return;
        await EnsureWriteIndexAsync(cancellationToken);
        await _bulk.DeleteAsync(_connection.WriteAlias, ids, cancellationToken);
    }

    /// <summary>Refreshes (the contract's visibility point; bulk writes never force one) and records the checkpoint.</summary>
    public async Task CommitAsync(long checkpoint, CancellationToken cancellationToken)
    {
        await EnsureWriteIndexAsync(cancellationToken);
        await RefreshAsync(_connection.WriteAlias, cancellationToken);
        await WriteMetaAsync(_connection.WriteAlias, checkpoint, cancellationToken);
    }

    public async Task<long> GetCheckpointAsync(CancellationToken cancellationToken)
    {
        var meta = await MetaAsync(cancellationToken);
        return meta is not null && (string?)meta["schema"] == ElasticsearchOfferMapping.SchemaVersion ? (long?)meta["checkpoint"] ?? 0 : 0;
    }

    public async Task RebuildAsync(IAsyncEnumerable<OfferDocument> documents, long checkpoint, CancellationToken cancellationToken)
    {
        var analysis = await AnalysisAsync(cancellationToken);
        var hunspell = await HunspellAsync(cancellationToken);
        var index = $"{_connection.Options.IndexPrefix}-v{ElasticsearchOfferMapping.SchemaVersion}-{_clock.GetUtcNow():yyyyMMddHHmmssfff}";
        await _connection.SendAsync(HttpMethod.PUT, "/" + index, ElasticsearchOfferMapping.CreateIndexBody(analysis, 0, hunspell: hunspell), "create index " + index, cancellationToken);
        long loaded;
        try
        {
            loaded = await LoadAsync(index, documents, cancellationToken);
            await RefreshAsync(index, cancellationToken);
            var counted = await CountAsync(index, cancellationToken);
            if (counted != loaded) throw new InvalidOperationException($"Rebuilt index {index} holds {counted} offers, {loaded} were sent; the aliases stay on the old index.");
            await WriteMetaAsync(index, checkpoint, cancellationToken);
        }
        catch
        {
            await _connection.Client.Indices.DeleteAsync(index, CancellationToken.None);
            throw;
        }
        var old = await SwapAliasesAsync(index, cancellationToken);
        foreach (var previous in old)
            _connection.Check(await _connection.Client.Indices.DeleteAsync(previous, cancellationToken), "delete index " + previous, allowNotFound: true);
        _writeIndexExists = true;
        LogRebuilt(index, loaded, old.Count);
    }

    /// <summary>
    /// As the embedded engine: the plan of the query's words; the word counts it ranks by (one <c>size: 0</c> search);
    /// the strict search, and when it finds nothing and more than one unit was required, the relaxed one, said so in
    /// the interpretation with the "did you mean". Words with nothing to search by find nothing, explained.
    /// </summary>
    public async Task<OfferSearchResult> SearchAsync(OfferQuery query, CancellationToken cancellationToken)
    {
        var plan = _understanding.Plan(query.Text);
        if (plan.NothingToSearch && !string.IsNullOrWhiteSpace(query.Text))
            return new OfferSearchResult([], 0, false, null, []) { Interpretation = new SearchInterpretation(plan, false, null) };
        var stats = await WordStatsAsync(plan, cancellationToken);
        var result = await SearchAsync(query, plan, stats, cancellationToken);
        var relaxed = false;
        if (result.Total == 0 && plan.MinimumShouldMatch > 1 && query.Cursor is null)
        {
            result = await SearchAsync(query, plan.Relaxed(), stats, cancellationToken);
            relaxed = true;
        }
        if (string.IsNullOrWhiteSpace(query.Text)) return result;
        return result with { Interpretation = new SearchInterpretation(plan, relaxed, stats.DidYouMean(query.Text, plan)) };
    }

    private async Task<OfferSearchResult> SearchAsync(OfferQuery query, SearchPlan plan, ElasticsearchWordStats stats, CancellationToken cancellationToken)
    {
        var request = ElasticsearchOfferQuery.Build(_connection.ReadAlias, query, plan, stats.Rare);
        var response = _connection.Check(await _connection.Client.SearchAsync<ElasticsearchStoredOffer>(request, cancellationToken), "search", allowNotFound: true);
        if (response.ApiCallDetails.HttpStatusCode == 404) return new OfferSearchResult([], 0, false, null, query.IncludeFacets ? [.. FacetNames.All.Select(n => new Facet(n, []))] : []);
        return ElasticsearchSearchResults.Read(response, query);
    }

    private async Task<ElasticsearchWordStats> WordStatsAsync(SearchPlan plan, CancellationToken cancellationToken)
    {
        var words = ElasticsearchWordStats.Words(plan);
        if (words.Count == 0) return ElasticsearchWordStats.None;
        var answer = await _connection.SendAsync(HttpMethod.POST, $"/{_connection.ReadAlias}/_search", ElasticsearchWordStats.Body(words), "word counts", cancellationToken, allowNotFound: true);
        return ElasticsearchWordStats.Read(words, answer);
    }

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        var words = ElasticsearchSuggestions.Words(prefix);
        if (words.Count == 0 || limit <= 0) return [];
        var request = ElasticsearchSuggestions.Build(_connection.ReadAlias, words, limit);
        var response = _connection.Check(await _connection.Client.SearchAsync<ElasticsearchStoredOffer>(request, cancellationToken), "suggest", allowNotFound: true);
        return response.ApiCallDetails.HttpStatusCode == 404 ? [] : ElasticsearchSuggestions.Read(response, limit);
    }

    public Task<long> CountAsync(CancellationToken cancellationToken) => CountAsync(_connection.ReadAlias, cancellationToken);

    private async Task<long> CountAsync(string index, CancellationToken cancellationToken)
    {
        var response = _connection.Check(await _connection.Client.CountAsync(new CountRequest(index), cancellationToken), "count", allowNotFound: true);
        return response.ApiCallDetails.HttpStatusCode == 404 ? 0 : response.Count;
    }

    private async Task<long> LoadAsync(string index, IAsyncEnumerable<OfferDocument> documents, CancellationToken cancellationToken)
    {
        long loaded = 0;
        var batch = new List<OfferDocument>(_connection.Options.BulkBatchSize);
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            batch.Add(document);
            if (batch.Count < _connection.Options.BulkBatchSize) continue;
            await _bulk.UpsertAsync(index, batch, cancellationToken);
            loaded += batch.Count;
            batch.Clear();
        }
        await _bulk.UpsertAsync(index, batch, cancellationToken);
        return loaded + batch.Count;
    }

    /// <summary>Moves both aliases to <paramref name="index"/> in one atomic <c>_aliases</c> call; returns the indices they left.</summary>
    private async Task<List<string>> SwapAliasesAsync(string index, CancellationToken cancellationToken)
    {
        var read = await AliasHoldersAsync(_connection.ReadAlias, cancellationToken);
        var write = await AliasHoldersAsync(_connection.WriteAlias, cancellationToken);
        var actions = new List<IndexUpdateAliasesAction>();
        actions.AddRange(read.Select(i => (IndexUpdateAliasesAction)new RemoveAction { Index = i, Alias = _connection.ReadAlias }));
        actions.AddRange(write.Select(i => (IndexUpdateAliasesAction)new RemoveAction { Index = i, Alias = _connection.WriteAlias }));
        actions.Add(new AddAction { Index = index, Alias = _connection.ReadAlias });
        actions.Add(new AddAction { Index = index, Alias = _connection.WriteAlias, IsWriteIndex = true });
        _connection.Check(await _connection.Client.Indices.UpdateAliasesAsync(new UpdateAliasesRequest { Actions = actions }, cancellationToken), "_aliases");
        return [.. read.Union(write).Where(i => i != index)];
    }

    private async Task<List<string>> AliasHoldersAsync(string alias, CancellationToken cancellationToken)
    {
        var holders = await _connection.SendAsync(HttpMethod.GET, "/_alias/" + alias, null, "get alias " + alias, cancellationToken, allowNotFound: true);
        return holders is JsonObject obj ? [.. obj.Where(p => p.Key != "error" && p.Key != "status").Select(p => p.Key)] : [];
    }

    /// <summary>Creates the first index with both aliases when there is none, so writes before any rebuild have a home.</summary>
    private async Task EnsureWriteIndexAsync(CancellationToken cancellationToken)
    {
        if (_writeIndexExists) return;
        if ((await AliasHoldersAsync(_connection.WriteAlias, cancellationToken)).Count == 0)
        {
            var analysis = await AnalysisAsync(cancellationToken);
            var hunspell = await HunspellAsync(cancellationToken);
            var index = $"{_connection.Options.IndexPrefix}-v{ElasticsearchOfferMapping.SchemaVersion}-{_clock.GetUtcNow():yyyyMMddHHmmssfff}";
            var aliases = new JsonObject { [_connection.ReadAlias] = new JsonObject(), [_connection.WriteAlias] = new JsonObject { ["is_write_index"] = true } };
            await _connection.SendAsync(HttpMethod.PUT, "/" + index, ElasticsearchOfferMapping.CreateIndexBody(analysis, 0, aliases, hunspell), "create index " + index, cancellationToken);
        }
        _writeIndexExists = true;
    }

    private async Task RefreshAsync(string index, CancellationToken cancellationToken) =>
        _connection.Check(await _connection.Client.Indices.RefreshAsync(index, cancellationToken), "refresh " + index);

    private async Task WriteMetaAsync(string index, long checkpoint, CancellationToken cancellationToken)
    {
        var analysis = await AnalysisAsync(cancellationToken);
        var hunspell = await HunspellAsync(cancellationToken);
        var body = new JsonObject { ["_meta"] = ElasticsearchOfferMapping.Meta(analysis, checkpoint, hunspell) };
        await _connection.SendAsync(HttpMethod.PUT, $"/{index}/_mapping", body, "put _meta", cancellationToken);
    }

    /// <summary>The write index's <c>_meta</c>; null when there is no index yet.</summary>
    private async Task<JsonObject?> MetaAsync(CancellationToken cancellationToken)
    {
        var mapping = await _connection.SendAsync(HttpMethod.GET, $"/{_connection.WriteAlias}/_mapping", null, "get mapping", cancellationToken, allowNotFound: true);
        return mapping is JsonObject indices && indices.FirstOrDefault(p => p.Key != "error").Value?["mappings"]?["_meta"] is JsonObject meta ? meta : null;
    }

    /// <summary>Detected once per process: the analysis-stempel plugin on every node, or the fallback chain, logged either way.</summary>
    private async Task<PolishAnalysis> AnalysisAsync(CancellationToken cancellationToken)
    {
        if (_analysis is { } known) return known;
        // The node name keeps a node without plugins in the filtered answer, so one such node means fallback.
        var nodes = await _connection.SendAsync(HttpMethod.GET, "/_nodes/plugins?filter_path=nodes.*.name,nodes.*.plugins.name", null, "_nodes/plugins", cancellationToken);
        var perNode = (nodes?["nodes"] as JsonObject)?.Select(n => (n.Value?["plugins"] as JsonArray)?.Any(p => (string?)p?["name"] == "analysis-stempel") == true).ToList() ?? [];
        var analysis = perNode.Count > 0 && perNode.All(has => has) ? PolishAnalysis.Stempel : PolishAnalysis.Fallback;
        if (analysis == PolishAnalysis.Stempel) LogStempel(perNode.Count);
        else LogFallback(perNode.Count);
        _analysis = analysis;
        return analysis;
    }

    /// <summary>
    /// Detected once per process: whether the node analyses with the <c>hunspell</c> filter for <c>pl_PL</c> (the
    /// dictionary in <c>config/hunspell/pl_PL/</c>, exported by the CLI's <c>export-hunspell</c>). A node answers the
    /// probe alone, so every node must hold the same files; without them the lemma fields use the light stemmer, logged.
    /// </summary>
    private async Task<bool> HunspellAsync(CancellationToken cancellationToken)
    {
        if (_hunspell is { } known) return known;
        var probe = new JsonObject
        {
            ["tokenizer"] = "standard",
            ["filter"] = new JsonArray(new JsonObject { ["type"] = "hunspell", ["locale"] = "pl_PL" }),
            ["text"] = "spawania",
        };
        var endpoint = new Elastic.Transport.EndpointPath(HttpMethod.POST, "/_analyze");
        var response = await _connection.Client.Transport.RequestAsync<Elastic.Transport.StringResponse>(
            in endpoint, Elastic.Transport.PostData.String(probe.ToJsonString()), null, null, cancellationToken);
        if (response.ApiCallDetails.HttpStatusCode is null or 429 or >= 500) throw _connection.Failure(response.ApiCallDetails, "hunspell probe");
        var hunspell = response.ApiCallDetails.HasSuccessfulStatusCode;
        if (hunspell) LogHunspell();
        else LogNoHunspell();
        _hunspell = hunspell;
        return hunspell;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Elasticsearch: the hunspell pl_PL dictionary is on the node; lemma fields use it")]
    private partial void LogHunspell();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Elasticsearch: no hunspell pl_PL dictionary on the node (config/hunspell/pl_PL/); lemma fields use the light suffix stemmer. Export it with `dotnet run --project indexer/Cli -- export-hunspell --to <dir>`, restart the nodes, and the index is rebuilt")]
    private partial void LogNoHunspell();

    [LoggerMessage(Level = LogLevel.Information, Message = "Elasticsearch: analysis-stempel found on all {Nodes} node(s); Polish text uses polish_stem")]
    private partial void LogStempel(int nodes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Elasticsearch: the analysis-stempel plugin is not on every one of {Nodes} node(s); Polish text uses the fallback chain (standard, lowercase, asciifolding, stop words, light suffix stemmer). Install the plugin and restart to use polish_stem; the index is then rebuilt")]
    private partial void LogFallback(int nodes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Elasticsearch: rebuilt {Index} with {Documents} offers; aliases swapped, {Old} old index(es) deleted")]
    private partial void LogRebuilt(string index, long documents, int old);
}
