using System.Globalization;

namespace Catalogue.Api.Offers;

/// <summary>Polish labels and the selected state of facet values, shared by REST and GraphQL.</summary>
internal static class FacetLabels
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static List<FacetResponse> Describe(IReadOnlyList<Facet> facets, OfferQuery query, CatalogueVocabularies v) =>
        facets.Select(f =>
        {
            var selected = Selected(f.Name, query);
            var values = f.Values.Select(x => new FacetValueResponse(x.Value, Label(f.Name, x.Value, v), x.Count, selected.Contains(x.Value))).ToList();
            values.AddRange(selected.Where(s => values.All(x => x.Value != s)).Select(s => new FacetValueResponse(s, Label(f.Name, s, v), 0, true)));
            return new FacetResponse(f.Name, values);
        }).ToList();

    public static string Label(string facet, string value, CatalogueVocabularies v) => facet switch
    {
        FacetNames.Sector => v.Sectors.Find(value)?.Label,
        FacetNames.Kind => v.Kinds.Find(value)?.Label,
        FacetNames.Powiat => v.Powiats.Find(value)?.Label,
        FacetNames.Level => v.PrkLevels.Find(value)?.Label,
        FacetNames.Mode => v.Modes.Find(value)?.Label,
        FacetNames.Isced => v.Isced.Find(value)?.Label,
        FacetNames.Funding => v.Funding.Find(value)?.Label,
        FacetNames.Free => value == "true" ? "Bezpłatne" : "Płatne",
        FacetNames.StartMonth => DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.ToString("MMMM yyyy", Polish) : null,
        _ => null,
    } ?? value;

    private static HashSet<string> Selected(string facet, OfferQuery q) => facet switch
    {
        FacetNames.Sector => q.Sectors.Select(s => s.ToString().ToLowerInvariant()).ToHashSet(),
        FacetNames.Kind => [.. q.Kinds],
        FacetNames.Powiat => [.. q.Powiats],
        FacetNames.Level => q.Levels.Select(l => l.ToString(CultureInfo.InvariantCulture)).ToHashSet(),
        FacetNames.Mode => [.. q.Modes],
        FacetNames.Isced => q.Isced.Where(c => c.Length == 2).ToHashSet(),
        FacetNames.Funding => [.. q.Funding],
        FacetNames.Free => q.Free is { } free ? [free ? "true" : "false"] : [],
        FacetNames.StartMonth => [.. q.StartMonths],
        _ => [],
    };
}
