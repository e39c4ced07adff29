using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Providers;

/// <summary>Query parameters of <c>GET /api/v1/providers</c>.</summary>
public sealed class ProviderListParameters
{
    /// <summary>Page number, from 1. Default 1.</summary>
    [FromQuery(Name = "page")] public string? Page { get; set; }

    /// <summary>Items per page, 1–100. Default 20.</summary>
    [FromQuery(Name = "pageSize")] public string? PageSize { get; set; }

    /// <summary>Powiat TERYT codes of the provider's seat.</summary>
    [FromQuery(Name = "powiat")] public string[]? Powiat { get; set; }

    /// <summary>Provider type codes (vocabulary provider-types).</summary>
    [FromQuery(Name = "type")] public string[]? Type { get; set; }

}
