using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Catalogue.Changes;

/// <summary>
/// Tells the index drain that something was committed in this process, so that a change is drained at once instead of
/// at the next poll; the poll stays for changes other processes commit. A spurious signal costs one empty read.
/// </summary>
public sealed class ChangeLogSignal : IDisposable
{
    private readonly SemaphoreSlim _committed = new(0, 1);

    public void Notify()
    {
        if (_committed.CurrentCount == 0)
        {
            try { _committed.Release(); }
            catch (SemaphoreFullException) { }
        }
    }

    /// <summary>Returns when a commit is signalled or <paramref name="poll"/> has passed on <paramref name="clock"/>.</summary>
    public async Task WaitAsync(TimeSpan poll, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signalled = _committed.WaitAsync(either.Token);
        var polled = Task.Delay(poll, clock, either.Token);
        await Task.WhenAny(signalled, polled);
        await either.CancelAsync();
        try { await Task.WhenAll(signalled, polled); }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested) { }
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose() => _committed.Dispose();
}

/// <summary>Signals <see cref="ChangeLogSignal"/> after every commit of the store: a transaction, or a save outside one.</summary>
internal sealed class ChangeLogCommitInterceptor(ChangeLogSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Notify();

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) signal.Notify();
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) signal.Notify();
        return result;
    }
}
