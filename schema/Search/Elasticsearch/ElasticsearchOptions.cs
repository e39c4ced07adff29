using Microsoft.Extensions.Options;

namespace Catalogue.Search.Elasticsearch;

/// <summary>
/// <c>Search:Elasticsearch</c>: where the cluster is and how to sign in. One of an API key or a user name with password
/// (or neither, for a cluster with security off); a certificate fingerprint pins a self-signed cluster certificate.
/// </summary>
public sealed class ElasticsearchOptions
{
    public const string Section = "Search:Elasticsearch";

    public Uri? Url { get; set; }
    public string? ApiKey { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
    /// <summary>SHA-256 fingerprint of the cluster's CA certificate (as printed by Elasticsearch at first start).</summary>
    public string? CertificateFingerprint { get; set; }
    /// <summary>Names the read alias (<c>{IndexPrefix}</c>), the write alias (<c>{IndexPrefix}-write</c>) and the versioned indices behind them.</summary>
    public string IndexPrefix { get; set; } = "catalogue-offers";
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Documents per <c>_bulk</c> request.</summary>
    public int BulkBatchSize { get; set; } = 500;
    /// <summary>How often bulk items refused with 429/503 are sent again, waiting <see cref="BulkRetryDelay"/> doubled each time.</summary>
    public int BulkRetries { get; set; } = 3;
    public TimeSpan BulkRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
    /// <summary>The <c>Retry-After</c> the API gives while the cluster cannot answer.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(15);
}

internal sealed class ElasticsearchOptionsValidator : IValidateOptions<ElasticsearchOptions>
{
    public ValidateOptionsResult Validate(string? name, ElasticsearchOptions options)
    {
        var failures = new List<string>();
        if (options.Url is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            failures.Add("Search:Elasticsearch:Url must be an absolute http(s) URL, e.g. http://localhost:9200.");
        if (!string.IsNullOrEmpty(options.ApiKey) && !string.IsNullOrEmpty(options.Username))
            failures.Add("Search:Elasticsearch: set ApiKey or Username/Password, not both.");
        if (string.IsNullOrEmpty(options.Username) != string.IsNullOrEmpty(options.Password))
            failures.Add("Search:Elasticsearch: Username and Password go together.");
        if (string.IsNullOrWhiteSpace(options.IndexPrefix) || options.IndexPrefix.Any(char.IsUpper))
            failures.Add("Search:Elasticsearch:IndexPrefix must be a lower-case index name.");
        if (options.BulkBatchSize is < 1 or > 10_000) failures.Add("Search:Elasticsearch:BulkBatchSize must be 1–10000.");
        if (options.BulkRetries < 0) failures.Add("Search:Elasticsearch:BulkRetries must not be negative.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
