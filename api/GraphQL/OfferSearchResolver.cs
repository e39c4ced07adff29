using Catalogue.Api.Offers;
using Catalogue.Search;
using Catalogue.Store;
using Catalogue.Vocabularies;
using GraphQL;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.GraphQL;

/// <summary>The <c>offers</c> search: REST's parser and search function, shaped as a Relay connection.</summary>
internal static class OfferSearchResolver
{
    public static async Task<object?> SearchAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var vocabularies = services.GetRequiredService<CatalogueVocabularies>();
        var after = context.GetArgument<string?>("after");
        var errors = new Dictionary<string, string[]>();
        var query = SearchArguments.Parse(
            context.GetArgument<string?>("query"), context.GetArgument<OfferFilter?>("filter"), context.GetArgument<OfferSortInput?>("sort"),
            context.GetArgument<NearInput?>("near"), context.GetArgument<int?>("first"), after, vocabularies, errors);
        var maxPageSize = services.GetRequiredService<IOptions<GraphQLOptions>>().Value.MaxPageSize;
        if (context.GetArgument<int?>("first") > maxPageSize) OfferQueryParser.Add(errors, "pageSize", $"Must be a whole number from 1 to {maxPageSize}.");
        if (errors.Count > 0) return Refuse(context, errors);

        query = query with { IncludeFacets = Selects(context, "facets") };
        OfferSearchResponse page;
        try
        {
            page = await OfferEndpoints.SearchAsync(query, services.GetRequiredService<ISearchIndex>(),
                services.GetRequiredService<CatalogueDbContext>(), vocabularies, context.CancellationToken);
        }
        catch (InvalidCursorException exception)
        {
            return Refuse(context, new() { ["cursor"] = [exception.Message] });
        }

        var edges = page.Items.Select((item, i) => new OfferEdge(
            item,
            i == page.Items.Count - 1 ? page.NextCursor : null,
            item.Highlights is { Count: > 0 } h ? new OfferHighlights(h.GetValueOrDefault("title"), h.GetValueOrDefault("description")) : null,
            item.DistanceKm)).ToList();
        var pageInfo = new PageInfo(page.NextCursor is not null, after is not null, after, page.NextCursor);
        return new OfferPage(edges, page.Total, page.TotalIsLowerBound, pageInfo, page.Facets ?? []);
    }

    private static bool Selects(IResolveFieldContext context, string field) =>
        context.SubFields?.Values.Any(f => f.Field.Name.StringValue == field) ?? true;

    private static object? Refuse(IResolveFieldContext context, Dictionary<string, string[]> errors)
    {
        foreach (var (parameter, messages) in errors)
        {
            var error = new GraphQLInputError(SearchArguments.ArgumentOf(parameter), string.Join(" ", messages)) { Path = context.Path };
            error.Data["parameter"] = parameter;
            context.Errors.Add(error);
        }
        return null;
    }
}
