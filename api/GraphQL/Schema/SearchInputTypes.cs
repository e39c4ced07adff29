using GraphQL.Types;

namespace Catalogue.Api.GraphQL;

/// <summary>The filters of a search, named and meaning exactly as REST's query parameters of <c>GET /api/v1/offers</c>.</summary>
internal sealed class OfferFilter
{
    public List<string>? Sector { get; set; }
    public List<string>? Kind { get; set; }
    public List<string>? Powiat { get; set; }
    public List<string>? City { get; set; }
    public List<int>? Level { get; set; }
    public int? LevelMin { get; set; }
    public int? LevelMax { get; set; }
    public List<string>? Isced { get; set; }
    public List<string>? Profession { get; set; }
    public List<string>? Qualification { get; set; }
    public List<string>? Mode { get; set; }
    public List<string>? Language { get; set; }
    public List<string>? Funding { get; set; }
    public bool? Free { get; set; }
    public decimal? PriceMax { get; set; }
    public string? StartFrom { get; set; }
    public string? StartTo { get; set; }
    public List<string>? StartMonth { get; set; }
    public List<string>? Provider { get; set; }
    public string? UpdatedSince { get; set; }
    public string? Status { get; set; }
}

internal sealed class OfferFilterInputType : InputObjectGraphType<OfferFilter>
{
    public OfferFilterInputType()
    {
        Name = "OfferFilter";
        Description = "Filters of a search: OR within a list, AND across fields. Codes come from the vocabularies; a bad value is a BAD_USER_INPUT error naming the field, as REST answers 400 naming the parameter.";
        Field(x => x.Sector, nullable: true).Description("Sector codes: vocational, higher, adult.");
        Field(x => x.Kind, nullable: true).Description("Kind codes (vocabulary kinds), e.g. technikum, kkz, studia-i, szkolenie.");
        Field(x => x.Powiat, nullable: true).Description("Powiat TERYT codes (vocabulary powiats), e.g. 1061 for Łódź; an offer matches when any of its locations is in one of them.");
        Field(x => x.City, nullable: true).Description("Town names, with or without Polish letters (\"lodz\" matches Łódź).");
        Field(x => x.Level, nullable: true).Description("PRK levels 1–8 (equal to EQF levels).");
        Field(x => x.LevelMin, nullable: true).Description("Lowest PRK level, 1–8.");
        Field(x => x.LevelMax, nullable: true).Description("Highest PRK level, 1–8.");
        Field(x => x.Isced, nullable: true).Description("ISCED-F field codes at any depth (vocabulary isced): 06 is every ICT field, 0613 one detailed field.");
        Field(x => x.Profession, nullable: true).Description("Vocational profession codes (zawody, vocabulary professions), e.g. 351203 technik informatyk.");
        Field(x => x.Qualification, nullable: true).Description("Vocational qualification codes (kwalifikacje, vocabulary qualifications), e.g. INF.02.");
        Field(x => x.Mode, nullable: true).Description("Delivery modes (vocabulary modes): stacjonarne, niestacjonarne, online, hybrydowe.");
        Field(x => x.Language, nullable: true).Description("Languages of instruction, ISO 639-1 (vocabulary languages).");
        Field(x => x.Funding, nullable: true).Description("Funding the offer accepts (vocabulary funding): kfs, bur, bon, eu.");
        Field(x => x.Free, nullable: true).Description("true: only free offers; false: only paid ones.");
        Field(x => x.PriceMax, nullable: true).Description("Highest price in PLN (free offers included; offers without a stated price excluded).");
        Field(x => x.StartFrom, nullable: true).Description("A run starts on or after this date (YYYY-MM-DD).");
        Field(x => x.StartTo, nullable: true).Description("A run starts on or before this date (YYYY-MM-DD).");
        Field(x => x.StartMonth, nullable: true).Description("A run starts in one of these months (YYYY-MM), the values of the startMonth facet.");
        Field(x => x.Provider, nullable: true).Description("Provider ids.");
        Field(x => x.UpdatedSince, nullable: true).Description("Only offers changed at or after this instant (ISO 8601, e.g. 2026-11-01T00:00:00Z, or a date).");
        Field(x => x.Status, nullable: true).Description("active (default) or withdrawn.");
    }
}

/// <summary>A point or a town to measure distances from.</summary>
internal sealed class NearInput
{
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public string? Town { get; set; }
    public double? RadiusKm { get; set; }
    public string? Online { get; set; }
}

internal sealed class NearInputType : InputObjectGraphType<NearInput>
{
    public NearInputType()
    {
        Name = "NearInput";
        Description = "Distance: results report their distance from a point (lat and lon) or a town of the region, optionally only within radiusKm.";
        Field(x => x.Lat, nullable: true).Description("WGS84 latitude of the point, e.g. 51.7592 (with lon).");
        Field(x => x.Lon, nullable: true).Description("WGS84 longitude of the point, e.g. 19.4560 (with lat).");
        Field(x => x.Town, nullable: true).Description("A town of the region instead of a point (vocabulary towns), e.g. Łódź or Pabianice.");
        Field(x => x.RadiusKm, nullable: true).Description("Only offers within this many kilometres (0 < radiusKm ≤ 500).");
        Field(x => x.Online, nullable: true).Description("include (default) or exclude online offers that have no location.");
    }
}

/// <summary>The order of results.</summary>
internal sealed class OfferSortInput
{
    public string? By { get; set; }
    public string? Order { get; set; }
}

internal sealed class OfferSortInputType : InputObjectGraphType<OfferSortInput>
{
    public OfferSortInputType()
    {
        Name = "OfferSortInput";
        Description = "The order of results; missing values (no price, no upcoming run) always come last.";
        Field(x => x.By, nullable: true).Description("relevance (default with query), startDate, price, distance (needs near), title (Polish order), updated (default without query).");
        Field(x => x.Order, nullable: true).Description("asc or desc. Default: the sort's natural direction (best, soonest, cheapest, nearest, A–Z, newest first).");
    }
}
