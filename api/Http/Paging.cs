using System.Globalization;

namespace Catalogue.Api.Http;

/// <summary>The page and pageSize parameters every list takes, validated the same way everywhere.</summary>
internal readonly record struct Paging(int Page, int PageSize)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 10_000;

    public int Offset => (Page - 1) * PageSize;

    public static Paging Parse(string? page, string? pageSize, Dictionary<string, string[]> errors) =>
        new(Number(page, "page", 1, 1, MaxPage, errors), Number(pageSize, "pageSize", 20, 1, MaxPageSize, errors));

    private static int Number(string? raw, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors[name] = [$"Must be a whole number from {min} to {max}."];
        return fallback;
    }
}
