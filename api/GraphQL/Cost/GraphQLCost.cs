using GraphQL.Validation.Complexity;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// Where a GraphQL request's cost is computed: GraphQL.NET's complexity analysis over the validated document, with
/// each field's impact declared on the field (<c>WithComplexityImpact</c>: lists cost by <c>first</c>/<c>limit</c>,
/// an offer's lists by their typical length) and introspection at <see cref="GraphQLOptions.IntrospectionCostFactor"/>
/// (set on the schema). The analysis visits every fragment spread, so its work is bounded beforehand: fields,
/// repeats and fragments are counted on the fragment graph (<see cref="DocumentShape"/>, each fragment once) and a
/// document over <see cref="GraphQLOptions.MaxFields"/> never reaches it; a fragment's cost is not memoised here because
/// a field's cost may read its parent's arguments (a connection's <c>first</c>), so it depends on where the fragment
/// is spread. A request over <see cref="GraphQLOptions.MaxCost"/> is refused in validation; the rest is
/// charged to the caller's rate-limit budget by the transport (<see cref="Security.CatalogueRateLimiter.TryChargeGraphQLCostAsync"/>).
/// </summary>
internal static class GraphQLCost
{
    public static void Configure(ComplexityOptions complexity, IServiceProvider services)
    {
        var limits = services.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        complexity.MaxComplexity = limits.MaxCost;
        // Depth is checked on the syntax tree before validation (DocumentLimits), with introspection's own limit.
        complexity.MaxDepth = null;
        complexity.ValidateComplexityDelegate = context =>
        {
            if (context.ValidationContext.UserContext is GraphQLRequestContext request) request.Cost = (int)Math.Ceiling(context.TotalImpact);
            return Task.CompletedTask;
        };
    }
}

/// <summary>
/// The user context of one execution: what validation learnt that the transport needs (the cost). A dictionary
/// because GraphQL.NET's user context is one; our own members are typed properties, not string keys.
/// </summary>
internal sealed class GraphQLRequestContext : Dictionary<string, object?>
{
    /// <summary>The estimated cost in GraphQL cost units; 0 when validation did not get that far.</summary>
    public int Cost { get; set; }
}

/// <summary>The cost the transport charged for this HTTP request (all executions of a batch), for operators and tests.</summary>
internal sealed record GraphQLCostFeature(int Cost);
