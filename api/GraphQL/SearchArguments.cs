using System.Globalization;
using Catalogue.Api.Offers;
using Catalogue.Search;
using Catalogue.Vocabularies;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// Turns the arguments of <c>offers</c> into REST's parameters and hands them to the one parser both doors share
/// (<see cref="OfferQueryParser"/>), so that a filter, a sort or a distance means the same whichever door it came
/// through. Errors come back keyed by REST's parameter name and are renamed to the GraphQL argument here.
/// </summary>
internal static class SearchArguments
{
    public const int DefaultPageSize = 20;

    public static OfferQuery Parse(
        string? text, OfferFilter? filter, OfferSortInput? sort, NearInput? near, int? first, string? after,
        CatalogueVocabularies vocabularies, Dictionary<string, string[]> errors)
    {
        filter ??= new OfferFilter();
        var parameters = new OfferListParameters
        {
            Q = text,
            Sector = filter.Sector?.ToArray(),
            Kind = filter.Kind?.ToArray(),
            Powiat = filter.Powiat?.ToArray(),
            City = filter.City?.ToArray(),
            Level = filter.Level?.Select(Invariant).ToArray(),
            LevelMin = Invariant(filter.LevelMin),
            LevelMax = Invariant(filter.LevelMax),
            Isced = filter.Isced?.ToArray(),
            Profession = filter.Profession?.ToArray(),
            Qualification = filter.Qualification?.ToArray(),
            Mode = filter.Mode?.ToArray(),
            Language = filter.Language?.ToArray(),
            Funding = filter.Funding?.ToArray(),
            Free = filter.Free is { } free ? (free ? "true" : "false") : null,
            PriceMax = filter.PriceMax?.ToString(CultureInfo.InvariantCulture),
            StartFrom = filter.StartFrom,
            StartTo = filter.StartTo,
            StartMonth = filter.StartMonth?.ToArray(),
            Provider = filter.Provider?.ToArray(),
            UpdatedSince = filter.UpdatedSince,
            Status = filter.Status,
            Near = Point(near, errors),
            NearTown = near?.Town,
            RadiusKm = near?.RadiusKm?.ToString("R", CultureInfo.InvariantCulture),
            Online = near?.Online,
            Sort = sort?.By,
            Order = sort?.Order,
            PageSize = Invariant(first ?? DefaultPageSize),
            Cursor = after,
        };
        return OfferQueryParser.Parse(parameters, vocabularies, errors);
    }

    /// <summary>The GraphQL argument a REST parameter name stands for.</summary>
    public static string ArgumentOf(string parameter) => parameter switch
    {
        "q" => "query",
        "near" => "near.lat",
        "nearTown" => "near.town",
        "radiusKm" => "near.radiusKm",
        "online" => "near.online",
        "sort" => "sort.by",
        "order" => "sort.order",
        "pageSize" or "page" => "first",
        "cursor" => "after",
        _ => "filter." + parameter,
    };

    private static string? Point(NearInput? near, Dictionary<string, string[]> errors)
    {
        if (near is null || (near.Lat is null && near.Lon is null)) return null;
        if (near.Lat is { } lat && near.Lon is { } lon)
            return lat.ToString("R", CultureInfo.InvariantCulture) + "," + lon.ToString("R", CultureInfo.InvariantCulture);
        OfferQueryParser.Add(errors, "near", "Give both lat and lon, or town.");
        return null;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
