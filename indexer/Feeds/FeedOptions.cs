using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Catalogue.Indexer.Feeds;

/// <summary>Bound from the <c>Feeds</c> section and validated at start.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>A complete feed that would withdraw more than this share of a provider's active offers is held. Default 0.5.</summary>
    [Range(0.0, 1.0)]
    public double ShrinkGuardShare { get; set; } = 0.5;

    /// <summary>Largest feed document read. Default 50 MB.</summary>
    [Range(1_024, 4L * 1024 * 1024 * 1024)]
    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>How long one feed may take to answer and arrive, retries included. Default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of a transient failure (5xx, 408, 429, network) with exponential backoff. Default 2.</summary>
    [Range(0, 10)]
    public int Retries { get; set; } = 2;

    /// <summary>The first backoff delay. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Let feeds use loopback, private and link-local addresses (tests, closed networks). Default false.</summary>
    public bool AllowPrivateNetworks { get; set; }
}

/// <summary>Checks <see cref="FeedOptions"/> at start (source-generated from its annotations).</summary>
[OptionsValidator]
public sealed partial class FeedOptionsValidator : IValidateOptions<FeedOptions>;
