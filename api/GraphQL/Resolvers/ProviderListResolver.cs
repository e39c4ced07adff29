using System.Globalization;
using System.Text;
using Catalogue.Api.Offers;
using Catalogue.Api.Providers;
using GraphQL;

namespace Catalogue.Api.GraphQL;

/// <summary>The <c>providers</c> list: the provider directory REST pages too, with an offset cursor (providers are few; no search-after needed).</summary>
internal static class ProviderListResolver
{
    public static async Task<object?> ListAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var vocabularies = services.GetRequiredService<CatalogueVocabularies>();
        var powiats = OfferSearchFormats.Values(context.GetArgument<string[]?>("powiat")).ToList();
        var types = OfferSearchFormats.Values(context.GetArgument<string[]?>("type")).ToList();
        var first = context.GetArgument("first", OfferSearchValidation.DefaultPageSize);
        var after = context.GetArgument<string?>("after");
        var errors = new List<GraphQLInputError>();
        errors.AddRange(powiats.Where(p => !vocabularies.Powiats.Contains(p)).Select(p => new GraphQLInputError("powiat", $"'{p}' is not a known code; see vocabulary powiats.")));
        errors.AddRange(types.Where(t => !vocabularies.ProviderTypes.Contains(t)).Select(t => new GraphQLInputError("type", $"'{t}' is not a known code; see vocabulary provider-types.")));
        var maxPageSize = services.GetRequiredService<IOptions<GraphQLOptions>>().Value.MaxPageSize;
        if (first < 1 || first > maxPageSize) errors.Add(new GraphQLInputError("first", $"Must be a whole number from 1 to {maxPageSize}."));
        var offset = 0;
        if (after is not null && !TryReadCursor(after, out offset)) errors.Add(new GraphQLInputError("after", "The cursor is not one this API issued."));
        if (errors.Count > 0)
        {
            foreach (var error in errors) context.Errors.Add(error);
            return null;
        }

        var (items, total) = await services.GetRequiredService<ProviderDirectory>().ListAsync(powiats, types, offset, first, context.CancellationToken);
        var end = offset + items.Count;
        var next = end < total ? Cursor(end) : null;
        return new ProviderPage(items, total, new PageInfo(next is not null, offset > 0, after, next));
    }

    private static string Cursor(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("providers:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static bool TryReadCursor(string cursor, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith("providers:", StringComparison.Ordinal)
                && int.TryParse(text["providers:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out offset) && offset <= 1_000_000;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
