using Catalogue.Api.Offers;
using GraphQL;
using static Catalogue.Api.Offers.OfferSearchFields;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// The <c>offers</c> search: its typed arguments mapped straight into an <see cref="OfferSearchRequest"/>, the answer
/// shaped as a Relay connection, and each error named by the argument it came from.
/// </summary>
internal static class OfferSearchResolver
{
    public static async Task<object?> SearchAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var after = context.GetArgument<string?>("after");
        var first = context.GetArgument<int?>("first");
        var errors = new FieldErrors();
        var maxPageSize = services.GetRequiredService<IOptions<GraphQLOptions>>().Value.MaxPageSize;
        if (first > maxPageSize)
        {
            // GraphQL's own ceiling (at most REST's) says it; the search is not also asked to refuse the same number.
            errors.Add(PageSize, OfferSearchFormats.WholeNumberMessage(1, maxPageSize));
            first = null;
        }
        var request = Request(context.GetArgument<string?>("query"), context.GetArgument<OfferFilter?>("filter") ?? new OfferFilter(),
            context.GetArgument<OfferSortInput?>("sort"), context.GetArgument<NearInput?>("near"), first, after, errors) with
        {
            IncludeFacets = Selects(context, "facets"),
        };
        var outcome = await services.GetRequiredService<OfferSearch>().SearchAsync(request, errors, context.CancellationToken);
        if (outcome.Page is not { } page) return Refuse(context, outcome.Errors);

        var edges = page.Items.Select((item, i) => new OfferEdge(
            item,
            i == page.Items.Count - 1 ? page.NextCursor : null,
            item.Highlights is { Count: > 0 } h ? new OfferHighlights(h.GetValueOrDefault("title"), h.GetValueOrDefault("description")) : null,
            item.DistanceKm)).ToList();
        var pageInfo = new PageInfo(page.NextCursor is not null, after is not null, after, page.NextCursor);
        return new OfferPage(edges, page.Total, page.TotalIsLowerBound, pageInfo, page.Facets ?? [])
        {
            Understood = page.Understood, Relaxed = page.Relaxed, DidYouMean = page.DidYouMean,
        };
    }

    private static OfferSearchRequest Request(
        string? text, OfferFilter filter, OfferSortInput? sort, NearInput? near, int? first, string? after, FieldErrors errors) => new()
    {
        Text = text,
        Sectors = filter.Sector ?? [],
        Kinds = filter.Kind ?? [],
        Powiats = filter.Powiat ?? [],
        Cities = filter.City ?? [],
        Levels = filter.Level ?? [],
        LevelMin = filter.LevelMin,
        LevelMax = filter.LevelMax,
        Isced = filter.Isced ?? [],
        Professions = filter.Profession ?? [],
        Qualifications = filter.Qualification ?? [],
        Modes = filter.Mode ?? [],
        Languages = filter.Language ?? [],
        Funding = filter.Funding ?? [],
        Free = filter.Free,
        PriceMax = filter.PriceMax,
        StartFrom = OfferSearchFormats.Date(filter.StartFrom, Filter("startFrom"), errors),
        StartTo = OfferSearchFormats.Date(filter.StartTo, Filter("startTo"), errors),
        StartMonths = filter.StartMonth ?? [],
        Providers = filter.Provider ?? [],
        UpdatedSince = OfferSearchFormats.Instant(filter.UpdatedSince, Filter("updatedSince"), errors),
        Status = filter.Status,
        Near = near is null ? null : Near(near, errors),
        Sort = sort?.By,
        Order = sort?.Order,
        PageSize = first ?? OfferSearchValidation.DefaultPageSize,
        Cursor = after,
    };

    private static NearRequest Near(NearInput near, FieldErrors errors)
    {
        if ((near.Lat is null) != (near.Lon is null)) errors.Add(NearPoint, "Give both lat and lon, or town.");
        return new NearRequest(near.Lat, near.Lon, near.Town, near.RadiusKm, near.Online);
    }

    /// <summary>The argument of <c>offers</c> a neutral field path stands for.</summary>
    public static string ArgumentOf(string path) => path switch
    {
        Text => "query",
        NearPoint => "near.lat",
        NearTown => "near.town",
        NearRadiusKm => "near.radiusKm",
        NearOnline => "near.online",
        SortBy => "sort.by",
        SortOrder => "sort.order",
        PageNumber or PageSize => "first",
        PageCursor => "after",
        _ => path,
    };

    private static bool Selects(IResolveFieldContext context, string field) =>
        context.SubFields?.Values.Any(f => f.Field.Name.StringValue == field) ?? true;

    private static object? Refuse(IResolveFieldContext context, FieldErrors errors)
    {
        foreach (var (path, messages) in errors.All)
        {
            var error = new GraphQLInputError(ArgumentOf(path), string.Join(" ", messages)) { Path = context.Path };
            error.Data["field"] = path;
            context.Errors.Add(error);
        }
        return null;
    }
}
