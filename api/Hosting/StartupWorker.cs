using Catalogue.Indexer.Hosting;

namespace Catalogue.Api.Hosting;

/// <summary>
/// Runs the indexer's start-up (<see cref="IndexingLifecycle"/>) after the server starts listening, so that
/// <c>/health/live</c> answers at once while <c>/health/ready</c> (and the API) wait for migrations and, on first
/// start, the demo region.
/// </summary>
internal sealed partial class StartupWorker(IndexingLifecycle lifecycle, Readiness readiness, IHostApplicationLifetime lifetime, ILogger<StartupWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var startup = await lifecycle.RunAsync(storeServing: readiness.MarkReady, stoppingToken);
            readiness.MarkReady();
            LogReady(startup.Database);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // Without a store the catalogue cannot serve anything: stop rather than answer 503 forever.
            LogFailed(exception);
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue ready; store at {Database}")]
    private partial void LogReady(string database);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Catalogue start-up failed; stopping")]
    private partial void LogFailed(Exception exception);
}

/// <summary>Set once the store is migrated and seeded; read by the readiness check and the API gate.</summary>
internal sealed class Readiness
{
    private volatile bool _ready;
    public bool IsReady => _ready;
    public void MarkReady() => _ready = true;
}
