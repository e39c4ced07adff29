using System.ComponentModel.DataAnnotations;

namespace Catalogue.Api.Security;

/// <summary>
/// Bound from <c>RateLimits</c>: permits per window for each kind of caller. Anonymous callers are counted per client
/// address, keyed callers per key; writes have their own, smaller budget; failed key checks are counted per address
/// so that guessing keys runs into 429 long before it could succeed.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
    [Range(1, 1_000_000)]
    public int AnonymousReads { get; set; } = 300;
    [Range(1, 1_000_000)]
    public int AnonymousWrites { get; set; } = 30;
    [Range(1, 1_000_000)]
    public int KeyedReads { get; set; } = 1200;
    [Range(1, 1_000_000)]
    public int KeyedWrites { get; set; } = 300;
    /// <summary>Failed API key checks per client address per <see cref="FailedAuthWindow"/>.</summary>
    [Range(1, 1_000_000)]
    public int FailedAuth { get; set; } = 10;
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FailedAuthWindow { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>
    /// GraphQL cost units per permit: a GraphQL request takes ceil(cost / this) permits of the read budget, so a page of
    /// 20 offers with facets (cost ≈ 200) counts as 4 reads and a query at the cost limit of 1,000 as 20. Default 50.
    /// </summary>
    [Range(1, 100_000)]
    public int GraphQLCostPerPermit { get; set; } = 50;
}

/// <summary>Checks <see cref="RateLimitOptions"/> at start (source-generated from its annotations).</summary>
[OptionsValidator]
public sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;
