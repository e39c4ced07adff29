using static Catalogue.Api.Offers.OfferSearchFields;

namespace Catalogue.Api.Offers;

/// <summary>
/// REST's side of a search: reads the query text of <see cref="OfferListParameters"/> into a typed
/// <see cref="OfferSearchRequest"/> (a value that is not a number, date or point is named at once), and names the
/// request's neutral field paths as REST's query parameters.
/// </summary>
internal static class OfferListBinding
{
    public static OfferSearchRequest ToRequest(this OfferListParameters p, FieldErrors errors)
    {
        var point = OfferSearchFormats.Point(p.Near, NearPoint, errors);
        var radius = OfferSearchFormats.Kilometres(p.RadiusKm, NearRadiusKm, errors);
        var hasNear = p.Near is not null || p.NearTown is not null || p.RadiusKm is not null || p.Online is not null;
        return new OfferSearchRequest
        {
            Text = p.Q,
            Sectors = List(p.Sector),
            Kinds = List(p.Kind),
            Powiats = List(p.Powiat),
            Cities = List(p.City),
            Levels = OfferSearchFormats.Values(p.Level).Select(l => OfferSearchFormats.Integer(l, Filter("level"), 1, 8, errors)).OfType<int>().ToList(),
            LevelMin = OfferSearchFormats.Integer(p.LevelMin, Filter("levelMin"), 1, 8, errors),
            LevelMax = OfferSearchFormats.Integer(p.LevelMax, Filter("levelMax"), 1, 8, errors),
            Isced = List(p.Isced),
            Professions = List(p.Profession),
            Qualifications = List(p.Qualification),
            Modes = List(p.Mode),
            Languages = List(p.Language),
            Funding = List(p.Funding),
            Free = OfferSearchFormats.Boolean(p.Free, Filter("free"), errors),
            PriceMax = OfferSearchFormats.Price(p.PriceMax, Filter("priceMax"), errors),
            StartFrom = OfferSearchFormats.Date(p.StartFrom, Filter("startFrom"), errors),
            StartTo = OfferSearchFormats.Date(p.StartTo, Filter("startTo"), errors),
            StartMonths = List(p.StartMonth),
            Providers = List(p.Provider),
            UpdatedSince = OfferSearchFormats.Instant(p.UpdatedSince, Filter("updatedSince"), errors),
            Status = p.Status,
            Near = hasNear ? new NearRequest(point?.Lat, point?.Lon, p.NearTown, radius, p.Online) : null,
            Sort = p.Sort,
            Order = p.Order,
            Page = OfferSearchFormats.Integer(p.Page, PageNumber, 1, Catalogue.Search.OfferSearchResult.TotalLimit, errors),
            PageSize = OfferSearchFormats.Integer(p.PageSize, PageSize, 1, OfferSearchValidation.MaxPageSize, errors),
            Cursor = p.Cursor,
            IncludeFacets = OfferSearchFormats.Boolean(p.Facets, Facets, errors) ?? true,
        };
    }

    /// <summary>The query parameter of <c>GET /api/v1/offers</c> a neutral field path stands for.</summary>
    public static string ParameterOf(string path) => path switch
    {
        OfferSearchFields.Text => "q",
        NearPoint => "near",
        NearTown => "nearTown",
        NearRadiusKm => "radiusKm",
        NearOnline => "online",
        SortBy => "sort",
        SortOrder => "order",
        PageNumber => "page",
        PageSize => "pageSize",
        PageCursor => "cursor",
        _ when path.StartsWith(FilterPrefix, StringComparison.Ordinal) => path[FilterPrefix.Length..],
        _ => path,
    };

    private static List<string> List(string[]? raw) => OfferSearchFormats.Values(raw).ToList();
}
