using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Offers;

/// <summary>
/// Query parameters of <c>GET /api/v1/offers</c>. Bound as text and read by <see cref="OfferListBinding"/> and validated by <see cref="OfferSearch"/>, so that
/// a bad value is answered with a 400 naming the parameter rather than a bare binding failure.
/// Multi-valued filters take repeated parameters (<c>sector=higher&amp;sector=adult</c>) or commas (<c>sector=higher,adult</c>).
/// </summary>
public sealed class OfferListParameters
{
    /// <summary>Words to search for, in any inflected form, with or without Polish letters ("spawacz lodz"); one typo allowed in words of 5+ letters. At most 500 characters.</summary>
    [FromQuery(Name = "q")] public string? Q { get; set; }

    /// <summary>Sector codes: vocational, higher, adult.</summary>
    [FromQuery(Name = "sector")] public string[]? Sector { get; set; }

    /// <summary>Kind codes (vocabulary kinds), e.g. technikum, kkz, studia-i, szkolenie.</summary>
    [FromQuery(Name = "kind")] public string[]? Kind { get; set; }

    /// <summary>Powiat TERYT codes (vocabulary powiats), e.g. 1061 for Łódź. An offer matches when any of its locations is in one of them.</summary>
    [FromQuery(Name = "powiat")] public string[]? Powiat { get; set; }

    /// <summary>Town names, with or without Polish letters ("lodz" matches Łódź).</summary>
    [FromQuery(Name = "city")] public string[]? City { get; set; }

    /// <summary>PRK levels 1–8 (equal to EQF levels).</summary>
    [FromQuery(Name = "level")] public string[]? Level { get; set; }

    /// <summary>Lowest PRK level, 1–8.</summary>
    [FromQuery(Name = "levelMin")] public string? LevelMin { get; set; }

    /// <summary>Highest PRK level, 1–8.</summary>
    [FromQuery(Name = "levelMax")] public string? LevelMax { get; set; }

    /// <summary>ISCED-F field codes at any depth (vocabulary isced): 06 is every ICT field, 0613 one detailed field.</summary>
    [FromQuery(Name = "isced")] public string[]? Isced { get; set; }

    /// <summary>Vocational profession codes (vocabulary professions), e.g. 351203 technik informatyk.</summary>
    [FromQuery(Name = "profession")] public string[]? Profession { get; set; }

    /// <summary>Vocational qualification codes (vocabulary qualifications), e.g. INF.02.</summary>
    [FromQuery(Name = "qualification")] public string[]? Qualification { get; set; }

    /// <summary>Delivery modes (vocabulary modes): stacjonarne, niestacjonarne, online, hybrydowe.</summary>
    [FromQuery(Name = "mode")] public string[]? Mode { get; set; }

    /// <summary>Languages of instruction, ISO 639-1 (vocabulary languages).</summary>
    [FromQuery(Name = "language")] public string[]? Language { get; set; }

    /// <summary>true: only free offers; false: only paid ones.</summary>
    [FromQuery(Name = "free")] public string? Free { get; set; }

    /// <summary>Highest price in PLN (free offers included; offers without a stated price excluded).</summary>
    [FromQuery(Name = "priceMax")] public string? PriceMax { get; set; }

    /// <summary>Funding the offer accepts (vocabulary funding): kfs, bur, bon, eu.</summary>
    [FromQuery(Name = "funding")] public string[]? Funding { get; set; }

    /// <summary>A run starts on or after this date (YYYY-MM-DD).</summary>
    [FromQuery(Name = "startFrom")] public string? StartFrom { get; set; }

    /// <summary>A run starts on or before this date (YYYY-MM-DD).</summary>
    [FromQuery(Name = "startTo")] public string? StartTo { get; set; }

    /// <summary>A run starts in one of these months (YYYY-MM), the values of the startMonth facet.</summary>
    [FromQuery(Name = "startMonth")] public string[]? StartMonth { get; set; }

    /// <summary>Provider ids.</summary>
    [FromQuery(Name = "provider")] public string[]? Provider { get; set; }

    /// <summary>Only offers changed at or after this instant (ISO 8601, e.g. 2026-11-01T00:00:00Z, or a date).</summary>
    [FromQuery(Name = "updatedSince")] public string? UpdatedSince { get; set; }

    /// <summary>active (default) or withdrawn.</summary>
    [FromQuery(Name = "status")] public string? Status { get; set; }

    /// <summary>A point "latitude,longitude" (WGS84, e.g. 51.7592,19.4560): results report their distance from it.</summary>
    [FromQuery(Name = "near")] public string? Near { get; set; }

    /// <summary>A town of the region instead of a point (vocabulary towns), e.g. Łódź or Pabianice.</summary>
    [FromQuery(Name = "nearTown")] public string? NearTown { get; set; }

    /// <summary>Only offers within this many kilometres of near/nearTown (0 &lt; radiusKm ≤ 500).</summary>
    [FromQuery(Name = "radiusKm")] public string? RadiusKm { get; set; }

    /// <summary>With near/nearTown: include (default) or exclude online offers that have no location.</summary>
    [FromQuery(Name = "online")] public string? Online { get; set; }

    /// <summary>relevance (default with q), startDate, price, distance (needs near/nearTown), title (Polish order), updated (default without q).</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; set; }

    /// <summary>asc or desc. Default: the sort's natural direction (best, soonest, cheapest, nearest, A–Z, newest first).</summary>
    [FromQuery(Name = "order")] public string? Order { get; set; }

    /// <summary>Page number, from 1. Default 1. page × pageSize may not exceed 10,000: go deeper with cursor.</summary>
    [FromQuery(Name = "page")] public string? Page { get; set; }

    /// <summary>Items per page, 1–100. Default 20.</summary>
    [FromQuery(Name = "pageSize")] public string? PageSize { get; set; }

    /// <summary>The nextCursor of the previous page: continues after it (search-after), at any depth. Keep every other parameter unchanged.</summary>
    [FromQuery(Name = "cursor")] public string? Cursor { get; set; }

    /// <summary>false leaves out facet counts (slightly faster). Default true.</summary>
    [FromQuery(Name = "facets")] public string? Facets { get; set; }
}
