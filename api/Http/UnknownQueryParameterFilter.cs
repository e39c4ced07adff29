using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Catalogue.Api.Http;

/// <summary>
/// A query parameter the endpoint does not take is refused with 400 naming it (<c>powait=1061</c> would otherwise be
/// ignored and answer the whole catalogue, which looks like a working filter). The parameters an endpoint takes are
/// the ones the framework binds, read from the API explorer (the same list the OpenAPI document shows), not a list kept by hand.
/// </summary>
internal sealed class UnknownQueryParameterFilter(QueryParameterCatalog catalog) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.Query.Count == 0 || catalog.For(http.GetEndpoint()) is not { } known) return await next(context);
        var errors = new Dictionary<string, string[]>();
        foreach (var name in http.Request.Query.Keys.Where(k => !known.Contains(k)))
        {
            var hint = ClosestName.Hint(name, known);
            var takes = known.Count == 0 ? " This endpoint takes no query parameters."
                : hint.Length > 0 ? hint : $" This endpoint takes: {string.Join(", ", known.Order(StringComparer.Ordinal))}.";
            errors[name.Length <= 80 ? name : name[..80] + "…"] = ["Unknown parameter." + takes];
        }
        return errors.Count > 0 ? Problems.Invalid(errors) : await next(context);
    }
}

/// <summary>The query parameters each handler binds, by its method, built once from the API explorer on first use.</summary>
internal sealed class QueryParameterCatalog(IApiDescriptionGroupCollectionProvider explorer)
{
    private FrozenDictionary<MethodInfo, FrozenSet<string>>? _byHandler;

    /// <summary>The parameters (matched case-insensitively, as binding does), or null for an endpoint the explorer does not describe.</summary>
    public FrozenSet<string>? For(Endpoint? endpoint)
    {
        if (endpoint?.Metadata.GetMetadata<MethodInfo>() is not { } handler) return null;
        _byHandler ??= Build();
        return _byHandler.GetValueOrDefault(handler);
    }

    private FrozenDictionary<MethodInfo, FrozenSet<string>> Build() =>
        explorer.ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .Select(d => (Handler: d.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault(), Description: d))
            .Where(d => d.Handler is not null)
            .GroupBy(d => d.Handler!)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(d => d.Description.ParameterDescriptions)
                .Where(p => p.Source == BindingSource.Query).Select(p => p.Name).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
}
