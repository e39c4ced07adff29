using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Microsoft.Extensions.Logging;

namespace Catalogue.Search.Elasticsearch;

/// <summary>
/// Writes documents and deletes through <c>_bulk</c>, reading every item's outcome. Upserts carry the store's row
/// version as an external version, so a late retry of an older version is refused (409) and counts as done: the index
/// already holds something newer. Items refused with 429/503 are sent again with a doubling delay; any item still
/// failing makes the call throw, so the drain does not move its checkpoint past a change that is not indexed.
/// </summary>
internal sealed partial class ElasticsearchBulkWriter(ElasticsearchConnection connection, TimeProvider clock, ILogger logger)
{
    public async Task UpsertAsync(string index, IReadOnlyList<OfferDocument> documents, CancellationToken cancellationToken)
    {
        foreach (var batch in documents.Chunk(connection.Options.BulkBatchSize))
        {
            var operations = batch.Select(d => (BulkOperation)new BulkIndexOperation<ElasticsearchOfferSource>(ElasticsearchOfferSource.From(d))
            {
                Id = d.Id, Version = d.Version, VersionType = VersionType.External, RequireAlias = RequireAlias(index),
            }).ToList();
            await SendAsync(index, operations, cancellationToken);
        }
    }

    public async Task DeleteAsync(string index, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        foreach (var batch in ids.Chunk(connection.Options.BulkBatchSize))
            await SendAsync(index, batch.Select(id => (BulkOperation)new BulkDeleteOperation(id)).ToList(), cancellationToken);
    }

    /// <summary>Upserts through the write alias must find it: a missing alias would otherwise auto-create an index of that name with dynamic mapping.</summary>
    private bool? RequireAlias(string index) => index == connection.WriteAlias ? true : null;

    private async Task SendAsync(string index, List<BulkOperation> operations, CancellationToken cancellationToken)
    {
        var pending = operations;
        var failures = new List<string>();
        var delay = connection.Options.BulkRetryDelay;
        for (var attempt = 0; ; attempt++)
        {
            var response = await connection.Client.BulkAsync(new BulkRequest(index) { Operations = [.. pending] }, cancellationToken);
            var details = response.ApiCallDetails;
            List<BulkOperation> retry = [];
            if (details.HttpStatusCode is 429 or 503 && attempt < connection.Options.BulkRetries) retry = pending;
            else
            {
                if (!details.HasSuccessfulStatusCode || details.OriginalException is not null) throw connection.Failure(details, "_bulk");
                var items = response.Items.ToList();
                if (items.Count != pending.Count) throw new InvalidOperationException($"Elasticsearch answered {items.Count} bulk items for {pending.Count} operations.");
                for (var i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    if (Done(item)) continue;
                    if (item.Status is 429 or 503) retry.Add(pending[i]);
                    else failures.Add($"{item.Id}: {item.Status} {item.Error?.Type} {item.Error?.Reason}");
                }
            }
            if (retry.Count > 0 && attempt >= connection.Options.BulkRetries)
            {
                failures.AddRange(retry.Select(r => $"{r.Id}: still refused after {attempt + 1} attempts"));
                retry = [];
            }
            if (retry.Count == 0)
            {
                if (failures.Count > 0) throw new ElasticsearchBulkException(failures);
                return;
            }
            LogRetrying(retry.Count, delay);
            await Task.Delay(delay, clock, cancellationToken);
            delay *= 2;
            pending = retry;
        }
    }

    /// <summary>Indexed, deleted, already deleted (404), or already newer (409 on an external version).</summary>
    private static bool Done(ResponseItem item) =>
        item.Status is >= 200 and < 300 || (item.Status == 404 && item.Operation == "delete") || item.Status == 409;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Elasticsearch refused {Count} bulk items for now (429/503); retrying in {Delay}")]
    private partial void LogRetrying(int count, TimeSpan delay);
}

/// <summary>Bulk items the cluster refused for good (mapping errors, …): the batch is not marked indexed.</summary>
public sealed class ElasticsearchBulkException(IReadOnlyList<string> failures)
    : Exception($"Elasticsearch did not index {failures.Count} item(s): {string.Join("; ", failures.Take(10))}")
{
    public IReadOnlyList<string> Failures { get; } = failures;
}
