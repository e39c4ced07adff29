using Catalogue.Api.Providers;
using GraphQL.DataLoader;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// Collects the provider ids a response needs and loads them in one round (two queries: the providers and their
/// active-offer counts), whatever the number of offers. One per request (scoped), so nothing is cached across
/// requests. The execution strategy resolves every pending <see cref="IDataLoaderResult"/> only after the other fields
/// of the level ran, which is what lets a page of 50 offers ask for its providers once; it runs serially, so the
/// pending set needs no lock.
/// </summary>
internal sealed class ProviderBatchLoader(ProviderDirectory directory)
{
    private readonly HashSet<string> _pending = [];
    private readonly Dictionary<string, ProviderResponse?> _loaded = [];

    public IDataLoaderResult<ProviderResponse?> Load(string id)
    {
        if (!_loaded.ContainsKey(id)) _pending.Add(id);
        return new PendingProvider(this, id);
    }

    private async Task<ProviderResponse?> ResultAsync(string id, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0)
        {
            var ids = _pending.ToList();
            _pending.Clear();
            var providers = await directory.FindAsync(ids, cancellationToken);
            foreach (var missing in ids) _loaded[missing] = null;
            foreach (var provider in providers) _loaded[provider.Id] = provider;
        }
        return _loaded.GetValueOrDefault(id);
    }

    private sealed class PendingProvider(ProviderBatchLoader loader, string id) : IDataLoaderResult<ProviderResponse?>
    {
        public Task<ProviderResponse?> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultAsync(id, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
