namespace Catalogue.Indexer.Feeds;

/// <summary>The steps every feed sync and upload goes through, in the order they are reached.</summary>
public enum PipelineStage
{
    /// <summary>Download the feed, or read the stored upload.</summary>
    Fetch,
    /// <summary>Read the document in its format.</summary>
    Read,
    /// <summary>Check the read records as a whole, before any is normalised.</summary>
    Validate,
    /// <summary>Normalise one record (reached once per record).</summary>
    Normalise,
    /// <summary>Write the offers (and their index outbox rows) in the run's transaction.</summary>
    Apply,
    /// <summary>Record the run's outcome.</summary>
    Finish,
    /// <summary>Commit the run's transaction.</summary>
    Commit,
}

/// <summary>
/// Told when a sync or an upload reaches each <see cref="PipelineStage"/>. Production registers a probe that does
/// nothing; fault-injection tests register one that throws at a named stage, to prove that any exception anywhere
/// ends the run as failed with a reason, releases the feed and withdraws nothing. It observes the real pipeline
/// rather than replacing a component of it, so the tests exercise the code that runs in production.
/// </summary>
public interface IPipelineProbe
{
    void Reached(PipelineStage stage);
}

/// <summary>The production probe: nothing to observe.</summary>
internal sealed class SilentPipelineProbe : IPipelineProbe
{
    public void Reached(PipelineStage stage)
    {
    }
}
