namespace Catalogue.Tests.Hosting;

/// <summary>
/// Waits for work the catalogue does in the background (the index drain, an upload, a process starting) to show its
/// result. It waits for the condition, never for a span of time: the bound only turns a hang into a failure, so it is
/// generous, and no test asserts how fast something happened (benchmarks measure that).
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    /// <summary>Returns once <paramref name="condition"/> holds; fails naming <paramref name="what"/> when it never does.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? bound = null)
    {
        if (!await TryAsync(condition, bound ?? Bound)) Assert.Fail($"Never happened: {what}.");
    }

    /// <summary>True once <paramref name="condition"/> holds, false when <paramref name="bound"/> passed first.</summary>
    public static async Task<bool> TryAsync(Func<Task<bool>> condition, TimeSpan bound)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > bound) return false;
            await Task.Delay(25);
        }
        return true;
    }
}
