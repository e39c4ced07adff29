using System.Globalization;

namespace Catalogue.Api.Offers;

/// <summary>
/// How a search value written as text is read (dates, instants, numbers, points), and the message when it cannot be:
/// used by every door that receives text, so a bad date reads the same through REST and GraphQL.
/// </summary>
internal static class OfferSearchFormats
{
    public const string PriceMessage = "Must be an amount in PLN, 0 or more (e.g. 1500 or 1500.50).";
    public const string RadiusMessage = "Must be a number of kilometres greater than 0 and at most 500.";
    public const string PointMessage = "Must be 'latitude,longitude' in degrees, e.g. 51.7592,19.4560.";

    public static string WholeNumberMessage(int min, int max) => $"Must be a whole number from {min} to {max}.";

    /// <summary>Comma-separated or repeated values, trimmed, without empties or repeats.</summary>
    public static IEnumerable<string> Values(IEnumerable<string>? raw) =>
        (raw ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct();

    public static DateOnly? Date(string? raw, string path, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(path, "Must be a date YYYY-MM-DD.");
        return null;
    }

    public static DateTimeOffset? Instant(string? raw, string path, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (DateTimeOffset.TryParse(raw.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)) return instant;
        errors.Add(path, "Must be an ISO 8601 instant (2026-11-01T00:00:00Z) or a date.");
        return null;
    }

    /// <summary>A whole number; the range is the request's to check, but a bad number names it already.</summary>
    public static int? Integer(string? raw, string path, int min, int max, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add(path, WholeNumberMessage(min, max));
        return null;
    }

    public static bool? Boolean(string? raw, string path, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (bool.TryParse(raw.Trim(), out var value)) return value;
        errors.Add(path, "Must be true or false.");
        return null;
    }

    public static decimal? Price(string? raw, string path, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (decimal.TryParse(raw.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add(path, PriceMessage);
        return null;
    }

    public static double? Kilometres(string? raw, string path, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (double.TryParse(raw.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add(path, RadiusMessage);
        return null;
    }

    /// <summary>"latitude,longitude"; the ranges are the request's to check.</summary>
    public static (double Lat, double Lon)? Point(string? raw, string path, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var parts = raw.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            return (lat, lon);
        errors.Add(path, PointMessage);
        return null;
    }
}
