namespace Catalogue.Indexer.Hosting;

/// <summary>
/// Fills an empty store on first start (the demo region implements it, <c>AddDemoRegion()</c>). The writer's start-up
/// calls it after migrating, when <c>Catalogue:DemoData</c> is on; a deployment that registers none starts empty.
/// It is a hook rather than a reference so that the production indexer does not carry the demo's generator.
/// </summary>
public interface ICatalogueSeed
{
    /// <summary>Seeds the store when it holds no provider and no offer; returns false (and changes nothing) otherwise.</summary>
    Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken);
}
