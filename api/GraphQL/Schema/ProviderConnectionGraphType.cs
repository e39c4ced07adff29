using Catalogue.Api.Providers;
using GraphQL;
using GraphQL.Types;

namespace Catalogue.Api.GraphQL;

internal sealed record ProviderPage(IReadOnlyList<ProviderResponse> Nodes, int TotalCount, PageInfo PageInfo);

internal sealed class ProviderConnectionGraphType : ObjectGraphType<ProviderPage>
{
    public ProviderConnectionGraphType()
    {
        Name = "ProviderConnection";
        Description = "A page of providers.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProviderGraphType>>>>("nodes")
            .Description("The providers of this page, by name in Polish order.")
            .WithComplexityImpact(OfferConnectionGraphType.PageOfChildren).Resolve(c => c.Source.Nodes);
        Field(x => x.TotalCount).Description("How many providers match in all.");
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Where this page is and how to continue.").Resolve(c => c.Source.PageInfo);
    }
}
