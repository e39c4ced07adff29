namespace Catalogue.Api.Http;

/// <summary>The envelope of every list: the page of items and the number of all matching items.</summary>
/// <param name="Items">The items of this page.</param>
/// <param name="Total">How many items match in all.</param>
/// <param name="Page">The 1-based page number.</param>
/// <param name="PageSize">The page size asked for.</param>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
