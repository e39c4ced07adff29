using System.Globalization;
using static Catalogue.Api.Offers.OfferSearchFields;

namespace Catalogue.Api.Offers;

/// <summary>Turns a typed <see cref="OfferSearchRequest"/> into an <see cref="OfferQuery"/>, collecting one message per bad field.</summary>
internal static class OfferSearchValidation
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 500;

    /// <summary>
    /// The query, with every problem of the request added to <paramref name="errors"/> (which may already hold what the
    /// door found binding its input, so that a caller learns everything in one round).
    /// </summary>
    public static OfferQuery Validate(OfferSearchRequest r, CatalogueVocabularies v, FieldErrors errors)
    {
        var near = Near(r.Near, v, errors);
        var query = new OfferQuery
        {
            Text = Text(r.Text, errors),
            Sectors = Codes(r.Sectors, "sector", v.Sectors, errors).Select(code => Enum.Parse<Sector>(code, ignoreCase: true)).ToList(),
            Kinds = Codes(r.Kinds, "kind", v.Kinds, errors),
            Powiats = Codes(r.Powiats, "powiat", v.Powiats, errors),
            Cities = Trimmed(r.Cities).Where(c => Check(c.Length <= 80, Filter("city"), "A town name has at most 80 characters.", errors)).ToList(),
            Levels = r.Levels.Distinct().Where(l => InRange(l, Filter("level"), 1, 8, errors)).ToList(),
            LevelMin = r.LevelMin is { } min && InRange(min, Filter("levelMin"), 1, 8, errors) ? min : null,
            LevelMax = r.LevelMax is { } max && InRange(max, Filter("levelMax"), 1, 8, errors) ? max : null,
            Isced = Codes(r.Isced, "isced", v.Isced, errors),
            Professions = Codes(r.Professions, "profession", v.Professions, errors),
            Qualifications = Codes(r.Qualifications, "qualification", v.Qualifications, errors),
            Modes = Codes(r.Modes, "mode", v.Modes, errors),
            Languages = Codes(r.Languages, "language", v.Languages, errors),
            Funding = Codes(r.Funding, "funding", v.Funding, errors),
            Free = r.Free,
            PriceMax = r.PriceMax is { } price && Check(price >= 0, Filter("priceMax"), OfferSearchFormats.PriceMessage, errors) ? price : null,
            StartFrom = r.StartFrom,
            StartTo = r.StartTo,
            StartMonths = Trimmed(r.StartMonths).Where(m => Check(
                DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                Filter("startMonth"), $"'{Short(m)}' is not a month; use YYYY-MM.", errors)).ToList(),
            Providers = Trimmed(r.Providers).Where(id => Check(id.Length <= 64, Filter("provider"), $"'{Short(id)}' is not a provider id.", errors)).ToList(),
            UpdatedSince = r.UpdatedSince,
            Status = Choice(r.Status, Filter("status"), OfferStatus.Active, errors),
            Near = near,
            Sort = Choice(r.Sort, SortBy, OfferSort.Relevance, errors),
            Direction = r.Order is null ? null : Choice(r.Order, SortOrder, SortDirection.Asc, errors),
            Page = r.Page is { } page && InRange(page, PageNumber, 1, OfferSearchResult.TotalLimit, errors) ? page : 1,
            PageSize = r.PageSize is { } size && InRange(size, PageSize, 1, MaxPageSize, errors) ? size : DefaultPageSize,
            Cursor = r.Cursor is { Length: > 0 } cursor && Check(cursor.Length <= 1000, PageCursor, "The cursor is not one this API issued.", errors) ? cursor : null,
            IncludeFacets = r.IncludeFacets,
        };
        if (query.StartFrom > query.StartTo) errors.Add(Filter("startTo"), "Must not be before startFrom.");
        if (query.LevelMin > query.LevelMax) errors.Add(Filter("levelMax"), "Must not be below levelMin.");
        if (query.Sort == OfferSort.Distance && query.Near is null) errors.Add(SortBy, "sort=distance needs near or nearTown.");
        if (query.Cursor is null && (long)query.Page * query.PageSize > OfferSearchResult.TotalLimit)
            errors.Add(PageNumber, $"page × pageSize may not exceed {OfferSearchResult.TotalLimit:N0}; follow nextCursor to go deeper.");
        return query;
    }

    private static string? Text(string? raw, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (raw.Length <= MaxTextLength) return raw.Trim();
        errors.Add(OfferSearchFields.Text, $"At most {MaxTextLength} characters; a search needs a few words, not a document.");
        return null;
    }

    private static GeoFilter? Near(NearRequest? near, CatalogueVocabularies v, FieldErrors errors)
    {
        if (near is null) return null;
        double? radius = null;
        if (near.RadiusKm is { } r)
        {
            if (r > 0 && r <= 500) radius = r;
            else errors.Add(NearRadiusKm, OfferSearchFormats.RadiusMessage);
        }
        var includeOnline = Choice(near.Online, NearOnline, OnlineOffers.Include, errors) == OnlineOffers.Include;
        (double Lat, double Lon)? point = null;
        if (near is { Latitude: { } lat, Longitude: { } lon })
        {
            if (lat is >= -90 and <= 90 && lon is >= -180 and <= 180) point = (lat, lon);
            else errors.Add(NearPoint, OfferSearchFormats.PointMessage);
        }
        else if (errors.Contains(NearPoint))
        {
            // The point was given but unreadable: the town and the radius are not the problem.
        }
        else if (!string.IsNullOrWhiteSpace(near.Town))
        {
            if (v.FindTown(near.Town) is { Latitude: { } townLat, Longitude: { } townLon }) point = (townLat, townLon);
            else errors.Add(NearTown, $"'{Short(near.Town)}' is not a town of the region; see /api/v1/vocabularies/towns.");
        }
        else if (radius is not null) errors.Add(NearRadiusKm, "radiusKm needs near or nearTown.");
        return point is { } at ? new GeoFilter(at.Lat, at.Lon, radius, includeOnline) : null;
    }

    private static List<string> Codes(IReadOnlyList<string> raw, string filter, Vocabulary vocabulary, FieldErrors errors)
    {
        var codes = new List<string>();
        foreach (var value in Trimmed(raw))
        {
            if (vocabulary.Canonical(value) is { } code) codes.Add(code);
            else errors.Add(Filter(filter), $"'{Short(value)}' is not a known code; see /api/v1/vocabularies/{vocabulary.Name}.");
        }
        return codes;
    }

    private static IEnumerable<string> Trimmed(IReadOnlyList<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct();

    private static bool InRange(int value, string path, int min, int max, FieldErrors errors) =>
        Check(value >= min && value <= max, path, OfferSearchFormats.WholeNumberMessage(min, max), errors);

    private static TEnum Choice<TEnum>(string? raw, string path, TEnum fallback, FieldErrors errors) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        if (Enum.TryParse<TEnum>(raw.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(raw.Trim()[0])) return value;
        errors.Add(path, $"Must be one of: {string.Join(", ", Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
        return fallback;
    }

    private static bool Check(bool ok, string path, string message, FieldErrors errors)
    {
        if (!ok) errors.Add(path, message);
        return ok;
    }

    internal static string Short(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private enum OnlineOffers { Include, Exclude }
}
