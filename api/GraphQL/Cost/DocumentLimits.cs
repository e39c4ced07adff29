using GraphQLParser.AST;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// Checks a parsed document against the alias, operation and depth limits in one walk of its syntax tree, before
/// validation: the standard rules (overlapping fields above all) grow with the square of the fields, so a document of a
/// thousand aliases must be refused before they run, not by them.
/// </summary>
internal static class DocumentLimits
{
    public static GraphQLFailure? Check(GraphQLDocument document, GraphQLOptions options)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count > options.MaxOperations)
            return GraphQLFailure.BadRequest(GraphQLErrorCodes.TooManyOperations,
                $"The document defines {operations.Count} operations; at most {options.MaxOperations} are allowed.");

        var fragments = new Dictionary<string, GraphQLFragmentDefinition>();
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);

        var aliases = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition op) aliases += CountAliases(op.SelectionSet);
            else if (definition is GraphQLFragmentDefinition fragment) aliases += CountAliases(fragment.SelectionSet);
        }
        if (aliases > options.MaxAliases)
            return GraphQLFailure.BadRequest(GraphQLErrorCodes.TooManyAliases, $"The document uses {aliases} aliases; at most {options.MaxAliases} are allowed.");

        var walks = (Data: new DepthWalk(fragments, CutIntrospection: true), All: new DepthWalk(fragments, CutIntrospection: false));
        foreach (var op in operations)
        {
            var depth = walks.Data.Depth(op.SelectionSet);
            if (depth > options.MaxDepth)
                return GraphQLFailure.BadRequest(GraphQLErrorCodes.TooDeep, $"The operation nests fields {depth} deep; at most {options.MaxDepth} levels are allowed.");
            depth = walks.All.Depth(op.SelectionSet);
            if (depth > options.MaxIntrospectionDepth)
                return GraphQLFailure.BadRequest(GraphQLErrorCodes.TooDeep, $"The operation's introspection nests fields {depth} deep; at most {options.MaxIntrospectionDepth} levels are allowed.");
        }
        return null;
    }

    private static int CountAliases(GraphQLSelectionSet? set)
    {
        if (set is null) return 0;
        var count = 0;
        foreach (var selection in set.Selections)
        {
            count += selection switch
            {
                GraphQLField field => (field.Alias is null ? 0 : 1) + CountAliases(field.SelectionSet),
                GraphQLInlineFragment inline => CountAliases(inline.SelectionSet),
                _ => 0,
            };
        }
        return count;
    }

    /// <summary>
    /// The deepest field nesting, fragments expanded (their depth memoised); a fragment cycle counts as nothing here and
    /// fails validation. With <paramref name="CutIntrospection"/>, <c>__schema</c> and <c>__type</c> count as one level:
    /// the standard introspection query nests <c>ofType</c> seven times and has a limit of its own.
    /// </summary>
    private sealed record DepthWalk(Dictionary<string, GraphQLFragmentDefinition> Fragments, bool CutIntrospection)
    {
        private readonly Dictionary<string, int> _known = [];
        private readonly HashSet<string> _open = [];

        public int Depth(GraphQLSelectionSet? set)
        {
            if (set is null) return 0;
            var deepest = 0;
            foreach (var selection in set.Selections)
            {
                var depth = selection switch
                {
                    GraphQLField field when CutIntrospection && field.Name.StringValue is "__schema" or "__type" => 1,
                    GraphQLField field => 1 + Depth(field.SelectionSet),
                    GraphQLInlineFragment inline => Depth(inline.SelectionSet),
                    GraphQLFragmentSpread spread => FragmentDepth(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
                deepest = Math.Max(deepest, depth);
            }
            return deepest;
        }

        private int FragmentDepth(string name)
        {
            if (_known.TryGetValue(name, out var depth)) return depth;
            if (!Fragments.TryGetValue(name, out var fragment) || !_open.Add(name)) return 0;
            depth = Depth(fragment.SelectionSet);
            _open.Remove(name);
            _known[name] = depth;
            return depth;
        }
    }
}
