namespace Catalogue.Tests.Feeds.FaultInjection;

/// <summary>
/// The fault-injection probe the tests register in place of the silent one: it throws <see cref="InjectedFaultException"/>
/// when the real pipeline reaches <see cref="ThrowAt"/>, and does nothing otherwise (nor when it is null).
/// </summary>
public sealed class StageFault : IPipelineProbe
{
    // Set by the test while the worker thread reads it: a boxed stage, or null.
    private volatile object? _throwAt;

    public PipelineStage? ThrowAt
    {
        get => (PipelineStage?)_throwAt;
        set => _throwAt = value;
    }

    public void Reached(PipelineStage stage)
    {
        if (_throwAt is PipelineStage at && at == stage) throw new InjectedFaultException(stage);
    }

    public static TheoryData<PipelineStage> Stages => [.. Enum.GetValues<PipelineStage>()];
}

public sealed class InjectedFaultException(PipelineStage stage) : Exception($"Injected at the {stage} stage.");

/// <summary>What a provider's offers look like in the store: compared before and after a run that must change nothing.</summary>
internal static class OfferSnapshot
{
    public static async Task<string> OfAsync(IServiceProvider services, string providerId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var offers = await db.Offers.AsNoTracking().Where(o => o.ProviderId == providerId)
            .Select(o => o.ExternalId + ":" + o.Status + ":" + o.ContentHash).ToListAsync();
        var changes = await db.OfferChanges.CountAsync();
        return string.Join(",", offers.Order(StringComparer.Ordinal)) + $" changes={changes}";
    }
}

/// <summary>What must hold after a sync run that failed: nothing left running, and the feed's schedule moved on.</summary>
internal static class FailedRun
{
    public static async Task LeftTheFeedFreeAsync(IServiceProvider services, long feedId, SyncRun run)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        Assert.False(await db.SyncRuns.AnyAsync(r => r.Outcome == SyncOutcome.Running), "a run is left running");
        // The schedule moves on (the store keeps instants to the millisecond).
        var lastRunAt = (await db.ProviderFeeds.AsNoTracking().SingleAsync(f => f.Id == feedId)).LastRunAt;
        Assert.True(lastRunAt > run.StartedAt.AddMilliseconds(-1), $"the feed last ran at {lastRunAt:O}, not at the failed run's {run.StartedAt:O}");
    }
}
