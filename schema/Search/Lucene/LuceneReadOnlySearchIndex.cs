using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace Catalogue.Search.Lucene;

/// <summary>
/// The embedded index as a reader only, for an API whose indexer runs as its own process (<c>Indexer:RunInApi=false</c>).
/// It never takes the writer lock, opens the index once the writer has committed it, and picks up each new commit
/// within <see cref="RefreshInterval"/>. It has the reader role only: two writers would corrupt the index.
/// </summary>
public sealed class LuceneReadOnlySearchIndex : ISearchReader, IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);

    private readonly LuceneAnalysis _analysis = new();
    private readonly Directory _directory;
    private readonly TimeProvider _clock;
    private readonly LuceneOfferSearch _search;
    private readonly LuceneSuggester _suggester = new();
    private readonly ITimer _refresh;
    private readonly System.Threading.Lock _gate = new();
    private SearcherManager? _searchers;

    public LuceneReadOnlySearchIndex(string indexDirectory, TimeProvider clock, QueryUnderstanding? understanding = null)
    {
        System.IO.Directory.CreateDirectory(indexDirectory);
        _directory = FSDirectory.Open(indexDirectory);
        _clock = clock;
        _search = new LuceneOfferSearch(_analysis, understanding ?? QueryUnderstanding.Default);
        Morphology.PolishLemmatizer.BeginLoading();
        Refresh();
        _refresh = clock.CreateTimer(_ => Refresh(), null, RefreshInterval, RefreshInterval);
    }

    public Task<long> GetCheckpointAsync(CancellationToken cancellationToken) => Task.FromResult(With(searcher =>
        searcher is not null && ((DirectoryReader)searcher.IndexReader).IndexCommit.UserData.TryGetValue("checkpoint", out var value)
            ? long.Parse(value, CultureInfo.InvariantCulture) : 0L));

    public Task<OfferSearchResult> SearchAsync(OfferQuery query, CancellationToken cancellationToken) => Task.FromResult(With(searcher =>
        searcher is null
            ? new OfferSearchResult([], 0, false, null, [])
            : _search.Search(searcher, query, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime))));

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken) =>
        Task.FromResult(With(searcher => searcher is null ? [] : _suggester.Suggest(searcher, prefix, limit)));

    public Task<long> CountAsync(CancellationToken cancellationToken) => Task.FromResult(With(searcher => (long?)searcher?.IndexReader.NumDocs ?? 0L));

    private T With<T>(Func<IndexSearcher?, T> read)
    {
        var searchers = _searchers;
        if (searchers is null) return read(null);
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Opens the index once the writer has committed it, then follows its commits.</summary>
    private void Refresh()
    {
        lock (_gate)
        {
            try
            {
                if (_searchers is not null) _searchers.MaybeRefresh();
                else if (DirectoryReader.IndexExists(_directory)) _searchers = new SearcherManager(_directory, new LuceneSearchIndex.Bm25SearcherFactory());
            }
            catch (IOException)
            {
                // The writer was in the middle of a commit: the next tick sees it whole.
            }
        }
    }

    public void Dispose()
    {
        _refresh.Dispose();
        lock (_gate)
        {
            _searchers?.Dispose();
            _directory.Dispose();
        }
    }
}
