using System.Net;

namespace Catalogue.Api.Metrics;

/// <summary>
/// Bound from <c>Metrics</c>: whether <c>/metrics</c> is served, and to whom. It is served to scrapers in
/// <see cref="AllowedNetworks"/> (the address after trusted forwarded headers) and to any caller with an admin key, and
/// to nobody else: request rates, queue lengths and error counts are for the operator, not the public.
/// </summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// CIDR networks whose scrapers need no key. Unset: loopback only (a Prometheus beside the API). Null rather than a
    /// default array, because the configuration binder appends to an array it finds instead of replacing it.
    /// </summary>
    public string[]? AllowedNetworks { get; set; }

    internal IReadOnlyList<IPNetwork> Networks() => [.. (AllowedNetworks ?? Loopback).Select(n => IPNetwork.Parse(n))];

    private static readonly string[] Loopback = ["127.0.0.0/8", "::1/128"];
}

/// <summary>Checks <see cref="MetricsOptions"/> at start: every allowed network is a CIDR network.</summary>
internal sealed class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
    public ValidateOptionsResult Validate(string? name, MetricsOptions options)
    {
        var wrong = (options.AllowedNetworks ?? []).Where(n => !IPNetwork.TryParse(n, out _)).ToList();
        return wrong.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Metrics:AllowedNetworks: '{string.Join("', '", wrong)}' is not a CIDR network (e.g. 10.0.0.0/8).");
    }
}
