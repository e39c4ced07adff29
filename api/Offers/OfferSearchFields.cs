namespace Catalogue.Api.Offers;

/// <summary>
/// The neutral names of the fields of an <see cref="OfferSearchRequest"/>, as its validation errors are keyed. Filters
/// are <c>filter.&lt;name&gt;</c> with the name of the REST parameter and GraphQL filter field (<c>filter.sector</c>,
/// <c>filter.levelMin</c>); the rest are grouped by what they describe. Each door renames them to its own terms:
/// REST to its query parameters (<c>q</c>, <c>sector</c>, <c>nearTown</c>, <c>pageSize</c>), GraphQL to its arguments
/// (<c>query</c>, <c>filter.sector</c>, <c>near.town</c>, <c>first</c>, <c>after</c>).
/// </summary>
internal static class OfferSearchFields
{
    public const string Text = "text";
    public const string FilterPrefix = "filter.";
    public const string NearPoint = "near.point", NearTown = "near.town", NearRadiusKm = "near.radiusKm", NearOnline = "near.online";
    public const string SortBy = "sort.by", SortOrder = "sort.order";
    public const string PageNumber = "page.number", PageSize = "page.size", PageCursor = "page.cursor";
    public const string Facets = "facets";

    /// <summary>The path of a filter, e.g. <c>Filter("sector")</c> is <c>filter.sector</c>.</summary>
    public static string Filter(string name) => FilterPrefix + name;
}
