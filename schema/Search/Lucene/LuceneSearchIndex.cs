using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace Catalogue.Search.Lucene;

/// <summary>
/// The embedded engine: one Lucene index in the data directory, one writer (guarded by <see cref="IndexWriterLock"/>),
/// near-real-time searchers refreshed after every commit. The change-log checkpoint and the schema version travel in
/// the commit's user data, so a restarted process knows where to resume and whether the index must be rebuilt.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private const string CheckpointKey = "checkpoint", SchemaKey = "schema";

    private readonly LuceneAnalysis _analysis = new();
    private readonly TimeProvider _clock;
    private readonly IndexWriterLock _lock;
    private readonly Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly LuceneOfferSearch _search;
    private readonly LuceneSuggester _suggester;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public LuceneSearchIndex(string indexDirectory, TimeProvider clock, QueryUnderstanding? understanding = null)
    {
        _clock = clock;
        _lock = IndexWriterLock.Acquire(indexDirectory);
        _directory = FSDirectory.Open(indexDirectory);
        var config = new IndexWriterConfig(PolishAnalyzer.Version, _analysis.ForIndex())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new CoverageSimilarity(),
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
        _search = new LuceneOfferSearch(_analysis, understanding ?? QueryUnderstanding.Default);
        Morphology.PolishLemmatizer.BeginLoading();
        _suggester = new LuceneSuggester();
        var committed = CommittedData();
        NeedsRebuild = !committed.TryGetValue(SchemaKey, out var schema) || schema != LuceneOfferFields.SchemaVersion;
    }

    /// <summary>True when the index is new or was built by another mapping version: rebuild it from the store.</summary>
    public bool NeedsRebuild { get; private set; }

    public Task<bool> NeedsRebuildAsync(CancellationToken cancellationToken) => Task.FromResult(NeedsRebuild);

    public Task UpsertAsync(IReadOnlyList<OfferDocument> documents, CancellationToken cancellationToken)
    {
        foreach (var document in documents)
            _writer.UpdateDocument(new Term(LuceneOfferFields.Id, document.Id), LuceneOfferFields.Create(document));
        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        _writer.DeleteDocuments(ids.Select(id => new Term(LuceneOfferFields.Id, id)).ToArray());
        return Task.CompletedTask;
    }

    public async Task CommitAsync(long checkpoint, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [CheckpointKey] = checkpoint.ToString(CultureInfo.InvariantCulture),
                [SchemaKey] = LuceneOfferFields.SchemaVersion,
            });
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public Task<long> GetCheckpointAsync(CancellationToken cancellationToken) =>
        Task.FromResult(CommittedData().TryGetValue(CheckpointKey, out var value) && !NeedsRebuild
            ? long.Parse(value, CultureInfo.InvariantCulture) : 0L);

    public async Task RebuildAsync(IAsyncEnumerable<OfferDocument> documents, long checkpoint, CancellationToken cancellationToken)
    {
        // Readers keep searching the last committed index until the commit below publishes the new one at once.
        _writer.DeleteAll();
        await foreach (var document in documents.WithCancellation(cancellationToken))
            _writer.AddDocument(LuceneOfferFields.Create(document));
        await CommitAsync(checkpoint, cancellationToken);
        NeedsRebuild = false;
    }

    public Task<OfferSearchResult> SearchAsync(OfferQuery query, CancellationToken cancellationToken)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return Task.FromResult(_search.Search(searcher, query, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime)));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return Task.FromResult(_suggester.Suggest(searcher, prefix, limit));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public Task<long> CountAsync(CancellationToken cancellationToken)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return Task.FromResult((long)searcher.IndexReader.NumDocs);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private IDictionary<string, string> CommittedData() => _writer.CommitData ?? new Dictionary<string, string>();

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _lock.Dispose();
        _writeGate.Dispose();
    }

    internal sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new CoverageSimilarity() };
    }
}
