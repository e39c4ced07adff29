using System.Globalization;
using Catalogue.Offers;
using Catalogue.Search;
using Catalogue.Vocabularies;

namespace Catalogue.Api.Offers;

/// <summary>Turns query text into an <see cref="OfferQuery"/>, collecting one message per bad parameter.</summary>
internal static class OfferQueryParser
{
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 500;

    public static OfferQuery Parse(OfferListParameters p, CatalogueVocabularies v, Dictionary<string, string[]> errors)
    {
        var near = Near(p, v, errors);
        var query = new OfferQuery
        {
            Text = Text(p.Q, errors),
            Sectors = Codes(p.Sector, "sector", v.Sectors, errors).Select(code => Enum.Parse<Sector>(code, ignoreCase: true)).ToList(),
            Kinds = Codes(p.Kind, "kind", v.Kinds, errors),
            Powiats = Codes(p.Powiat, "powiat", v.Powiats, errors),
            Cities = Values(p.City).Where(c => Check(c.Length <= 80, "city", "A town name has at most 80 characters.", errors)).ToList(),
            Levels = Values(p.Level).Select(l => Integer(l, "level", 0, 1, 8, errors)).Where(l => l > 0).ToList(),
            LevelMin = OptionalInteger(p.LevelMin, "levelMin", 1, 8, errors),
            LevelMax = OptionalInteger(p.LevelMax, "levelMax", 1, 8, errors),
            Isced = Codes(p.Isced, "isced", v.Isced, errors),
            Professions = Codes(p.Profession, "profession", v.Professions, errors),
            Qualifications = Codes(p.Qualification, "qualification", v.Qualifications, errors),
            Modes = Codes(p.Mode, "mode", v.Modes, errors),
            Languages = Codes(p.Language, "language", v.Languages, errors),
            Funding = Codes(p.Funding, "funding", v.Funding, errors),
            Free = Boolean(p.Free, "free", errors),
            PriceMax = Price(p.PriceMax, errors),
            StartFrom = Date(p.StartFrom, "startFrom", errors),
            StartTo = Date(p.StartTo, "startTo", errors),
            StartMonths = Values(p.StartMonth).Where(m => Check(
                DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                "startMonth", $"'{Short(m)}' is not a month; use YYYY-MM.", errors)).ToList(),
            Providers = Values(p.Provider).Where(id => Check(id.Length <= 64, "provider", $"'{Short(id)}' is not a provider id.", errors)).ToList(),
            UpdatedSince = Instant(p.UpdatedSince, errors),
            Status = Choice(p.Status, "status", OfferStatus.Active, errors),
            Near = near,
            Sort = Choice(p.Sort, "sort", OfferSort.Relevance, errors),
            Direction = p.Order is null ? null : Choice(p.Order, "order", SortDirection.Asc, errors),
            Page = Integer(p.Page, "page", 1, 1, OfferSearchResult.TotalLimit, errors),
            PageSize = Integer(p.PageSize, "pageSize", 20, 1, MaxPageSize, errors),
            Cursor = p.Cursor is { Length: > 0 } cursor && Check(cursor.Length <= 1000, "cursor", "The cursor is not one this API issued.", errors) ? cursor : null,
            IncludeFacets = Boolean(p.Facets, "facets", errors) ?? true,
        };
        if (query.StartFrom > query.StartTo) Add(errors, "startTo", "Must not be before startFrom.");
        if (query.LevelMin > query.LevelMax) Add(errors, "levelMax", "Must not be below levelMin.");
        if (query.Sort == OfferSort.Distance && query.Near is null) Add(errors, "sort", "sort=distance needs near or nearTown.");
        if (query.Cursor is null && (long)query.Page * query.PageSize > OfferSearchResult.TotalLimit)
            Add(errors, "page", $"page × pageSize may not exceed {OfferSearchResult.TotalLimit:N0}; follow nextCursor to go deeper.");
        return query;
    }

    internal static IEnumerable<string> Values(string[]? raw) =>
        (raw ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct();

    private static string? Text(string? raw, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (raw.Length <= MaxTextLength) return raw.Trim();
        Add(errors, "q", $"At most {MaxTextLength} characters; a search needs a few words, not a document.");
        return null;
    }

    private static GeoFilter? Near(OfferListParameters p, CatalogueVocabularies v, Dictionary<string, string[]> errors)
    {
        double? radius = null;
        if (!string.IsNullOrWhiteSpace(p.RadiusKm))
        {
            if (double.TryParse(p.RadiusKm.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r > 0 && r <= 500) radius = r;
            else Add(errors, "radiusKm", "Must be a number of kilometres greater than 0 and at most 500.");
        }
        var includeOnline = Choice(p.Online, "online", OnlineOffers.Include, errors) == OnlineOffers.Include;
        (double Lat, double Lon)? point = null;
        if (!string.IsNullOrWhiteSpace(p.Near))
        {
            var parts = p.Near.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length == 2
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && lat is >= -90 and <= 90
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) && lon is >= -180 and <= 180)
                point = (lat, lon);
            else Add(errors, "near", "Must be 'latitude,longitude' in degrees, e.g. 51.7592,19.4560.");
        }
        else if (!string.IsNullOrWhiteSpace(p.NearTown))
        {
            if (v.FindTown(p.NearTown) is { Latitude: { } lat, Longitude: { } lon }) point = (lat, lon);
            else Add(errors, "nearTown", $"'{Short(p.NearTown)}' is not a town of the region; see /api/v1/vocabularies/towns.");
        }
        else if (radius is not null) Add(errors, "radiusKm", "radiusKm needs near or nearTown.");
        return point is { } at ? new GeoFilter(at.Lat, at.Lon, radius, includeOnline) : null;
    }

    private static List<string> Codes(string[]? raw, string name, Vocabulary vocabulary, Dictionary<string, string[]> errors)
    {
        var codes = new List<string>();
        foreach (var value in Values(raw))
        {
            if (vocabulary.Canonical(value) is { } code) codes.Add(code);
            else Add(errors, name, $"'{Short(value)}' is not a known code; see /api/v1/vocabularies/{vocabulary.Name}.");
        }
        return codes;
    }

    private static int Integer(string? raw, string name, int fallback, int min, int max, Dictionary<string, string[]> errors) =>
        OptionalInteger(raw, name, min, max, errors) ?? fallback;

    private static int? OptionalInteger(string? raw, string name, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        Add(errors, name, $"Must be a whole number from {min} to {max}.");
        return null;
    }

    private static bool? Boolean(string? raw, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (bool.TryParse(raw.Trim(), out var value)) return value;
        Add(errors, name, "Must be true or false.");
        return null;
    }

    private static decimal? Price(string? raw, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (decimal.TryParse(raw.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0) return value;
        Add(errors, "priceMax", "Must be an amount in PLN, 0 or more (e.g. 1500 or 1500.50).");
        return null;
    }

    private static DateOnly? Date(string? raw, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Add(errors, name, "Must be a date YYYY-MM-DD.");
        return null;
    }

    private static DateTimeOffset? Instant(string? raw, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (DateTimeOffset.TryParse(raw.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)) return instant;
        Add(errors, "updatedSince", "Must be an ISO 8601 instant (2026-11-01T00:00:00Z) or a date.");
        return null;
    }

    private static TEnum Choice<TEnum>(string? raw, string name, TEnum fallback, Dictionary<string, string[]> errors) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        if (Enum.TryParse<TEnum>(raw.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(raw.Trim()[0])) return value;
        Add(errors, name, $"Must be one of: {string.Join(", ", Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
        return fallback;
    }

    private static bool Check(bool ok, string name, string message, Dictionary<string, string[]> errors)
    {
        if (!ok) Add(errors, name, message);
        return ok;
    }

    internal static void Add(Dictionary<string, string[]> errors, string name, string message) =>
        errors[name] = errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];

    private static string Short(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private enum OnlineOffers { Include, Exclude }
}
