using Catalogue.Api.Offers;
using Catalogue.Api.Suggest;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Catalogue.Api.GraphQL;

/// <summary>The query root. Each field asks the application class REST asks for the same question.</summary>
internal sealed class CatalogueQuery : ObjectGraphType
{
    public const int MaxIds = 100;

    public CatalogueQuery()
    {
        Name = "Query";
        Description = "Read access to the catalogue of learning offers of województwo łódzkie. Open data: no key needed.";

        Field<OfferConnectionGraphType>("offers")
            .Description("Searches the offers exactly as GET /api/v1/offers does (the same parser and search function): Polish words in any form, with or without diacritics, one typo allowed; filters, distance, sort, facets, highlights. Pages with first/after. Null with BAD_USER_INPUT errors when an argument is not valid.")
            .Argument<StringGraphType>("query", "Words to search for (≤ 500 characters), e.g. \"spawacz lodz\"; never parsed as query syntax.")
            .Argument<OfferFilterInputType>("filter", "Filters: OR within a list, AND across fields.")
            .Argument<OfferSortInputType>("sort", "The order; default relevance with query, updated without.")
            .Argument<NearInputType>("near", "Distance from a point or a town, optionally only within a radius.")
            .Argument<IntGraphType>("first", "Page size, 1–100. Default 20. Each result costs its selected fields toward the cost limit.")
            .Argument<StringGraphType>("after", "pageInfo.endCursor of the previous page: continues after it (search-after), at any depth. Keep the other arguments unchanged.")
            .WithComplexityImpact(10)
            .ResolveAsync(OfferSearchResolver.SearchAsync);

        Field<OfferGraphType>("offer")
            .Description("One offer by its stable id, including withdrawn offers (status withdrawn); null when no offer has the id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The offer's stable id, e.g. of-8f3k2m9q4v7x1b6d.")
            .ResolveAsync(async context => (await OffersAsync(context, [context.GetArgument<string>("id")]))[0]);

        Field<NonNullGraphType<ListGraphType<OfferGraphType>>>("offersByIds")
            .Description("Several offers by id in one call (up to 100), in the order asked, null where no offer has the id. Named offersByIds because offers is the search: GraphQL fields cannot be overloaded.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Offer ids, at most 100.")
            .WithComplexityImpact(context => new(1, IdCount(context)))
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds) throw new GraphQLInputError("ids", $"At most {MaxIds} ids.");
                return await OffersAsync(context, ids);
            });

        Field<ProviderGraphType>("provider")
            .Description("One provider by id; null when no provider has the id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The provider's id, e.g. demo-zs-elektronicznych-lodz.")
            .Resolve(context => context.RequestServices!.GetRequiredService<ProviderBatchLoader>().Load(context.GetArgument<string>("id")));

        Field<ProviderConnectionGraphType>("providers")
            .Description("Pages through the providers as GET /api/v1/providers does: sorted by name in Polish order, optionally filtered by the powiat of the seat and by type.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("powiat", "Powiat TERYT codes of the provider's seat.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("type", "Provider type codes (vocabulary provider-types).")
            .Argument<IntGraphType>("first", "Page size, 1–100. Default 20.")
            .Argument<StringGraphType>("after", "pageInfo.endCursor of the previous page.")
            .ResolveAsync(ProviderListResolver.ListAsync);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VocabularyGraphType>>>>("vocabularies")
            .Description("The controlled vocabularies whose codes the offers and filters use.")
            .Resolve(context => context.RequestServices!.GetRequiredService<CatalogueVocabularies>().All);

        Field<VocabularyGraphType>("vocabulary")
            .Description("One vocabulary by name (powiats, towns, gminy, sectors, kinds, modes, funding, provider-types, prk-levels, languages, isced, branze, professions, qualifications); null for an unknown name.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The vocabulary's name, e.g. powiats.")
            .Resolve(context => context.RequestServices!.GetRequiredService<CatalogueVocabularies>().Find(context.GetArgument<string>("name")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestionGraphType>>>>("suggest")
            .Description("Typeahead as GET /api/v1/suggest: up to 10 offer titles, professions, towns and providers whose words start with what was typed, with or without Polish letters.")
            .Argument<NonNullGraphType<StringGraphType>>("q", "What the user has typed so far (1–100 characters), e.g. \"prog\" or \"lodz\".")
            .Argument<IntGraphType>("limit", "How many suggestions, 1–10. Default 10.")
            .WithComplexityImpact(context => new(5, Math.Clamp(OfferConnectionGraphType.IntArgument(context, "limit") ?? 10, 1, 10)))
            .ResolveAsync(async context =>
            {
                var outcome = await context.RequestServices!.GetRequiredService<Typeahead>().SuggestAsync(
                    context.GetArgument<string>("q"), context.GetArgument<int?>("limit"), new FieldErrors(), context.CancellationToken);
                if (outcome.Items is { } items) return items;
                var (field, messages) = outcome.Errors.All.First();
                throw new GraphQLInputError(field, messages[0]);
            });
    }

    private static int IdCount(FieldImpactContext context) =>
        context.Arguments is { } arguments && arguments.TryGetValue("ids", out var ids) && ids.Value is System.Collections.ICollection list ? Math.Max(1, list.Count) : 1;

    private static Task<List<OfferResponse?>> OffersAsync(IResolveFieldContext context, IReadOnlyList<string> ids) =>
        context.RequestServices!.GetRequiredService<OfferLookup>().FindManyAsync(ids, context.CancellationToken);
}
