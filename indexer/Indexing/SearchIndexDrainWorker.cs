using Catalogue.Changes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalogue.Indexer.Indexing;

/// <summary>
/// Drains the change log into the search index continuously: a commit in this process wakes it at once
/// (<see cref="ChangeLogSignal"/>), and a short poll on the injected clock picks up changes written by another process.
/// One failed batch is logged and retried; it never stops the host.
/// </summary>
public sealed partial class SearchIndexDrainWorker(
    IServiceScopeFactory scopes, IndexReadiness readiness, ChangeLogSignal committed, TimeProvider clock, ILogger<SearchIndexDrainWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WaitUntilBuiltAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var drained = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                drained = await scope.ServiceProvider.GetRequiredService<SearchIndexDrain>().DrainBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogFailed(exception);
                await Task.Delay(TimeSpan.FromSeconds(2), clock, stoppingToken);
            }
            if (drained == 0) await committed.WaitAsync(Idle, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index drain failed; the changes stay in the log and are retried")]
    private partial void LogFailed(Exception exception);
}

/// <summary>Opens once the index has been built or checked at start-up; the drain waits for it.</summary>
public sealed class IndexReadiness
{
    private readonly TaskCompletionSource _built = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public bool IsBuilt => _built.Task.IsCompleted;
    public void MarkBuilt() => _built.TrySetResult();
    public Task WaitUntilBuiltAsync(CancellationToken cancellationToken) => _built.Task.WaitAsync(cancellationToken);
}
