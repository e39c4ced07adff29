using GraphQLParser.AST;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// Checks a parsed document against the operation, alias, fragment, field-count and depth limits, before
/// validation: the standard rules (overlapping fields above all) grow with the square of the fields, and the cost
/// analysis walks every fragment spread, so a document of a thousand aliases, or of fragments that spread each other
/// into billions of fields, must be refused before they run, not by them. Fields and depth come from
/// <see cref="DocumentShape"/> (each fragment measured once), so this check itself never expands a spread.
/// </summary>
internal static class DocumentLimits
{
    public static GraphQLFailure? Check(GraphQLDocument document, GraphQLOptions options, CancellationToken cancellation)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count > options.MaxOperations)
            return GraphQLFailure.BadRequest(GraphQLErrorCodes.TooManyOperations,
                $"The document defines {operations.Count} operations; at most {options.MaxOperations} are allowed.");

        var aliases = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition op) aliases += CountAliases(op.SelectionSet);
            else if (definition is GraphQLFragmentDefinition fragment) aliases += CountAliases(fragment.SelectionSet);
        }
        if (aliases > options.MaxAliases)
            return GraphQLFailure.BadRequest(GraphQLErrorCodes.TooManyAliases, $"The document uses {aliases} aliases; at most {options.MaxAliases} are allowed.");

        var fragments = document.Definitions.Count(d => d is GraphQLFragmentDefinition);
        if (fragments > options.MaxFragments)
            return GraphQLFailure.BadRequest(GraphQLErrorCodes.TooManyFragments,
                $"The document defines {fragments} fragments; at most {options.MaxFragments} are allowed (GraphQL:MaxFragments).");

        var shape = new DocumentShape(document, cancellation);
        // The same code and rule as GraphQL.NET's NoFragmentCycles, said before any rule can follow the cycle.
        if (shape.Cycle is { } cycle)
            return GraphQLFailure.BadRequest(GraphQLErrorCodes.FragmentCycle, $"Fragments may not spread themselves: {cycle}.");
        foreach (var op in operations)
        {
            var size = shape.Measure(op.SelectionSet);
            if (size.Fields > options.MaxFields)
                return GraphQLFailure.BadRequest(GraphQLErrorCodes.TooManyFields,
                    $"The operation selects {size.Fields:N0} fields once its fragments are spread; at most {options.MaxFields:N0} are allowed (GraphQL:MaxFields).");
            if (size.Repeats > options.MaxRepeatedSelections)
                return GraphQLFailure.BadRequest(GraphQLErrorCodes.TooManyFields,
                    $"The operation selects one field {size.Repeats:N0} times in one selection set once its fragments are spread; at most {options.MaxRepeatedSelections} are allowed (GraphQL:MaxRepeatedSelections).");
            if (size.DataDepth > options.MaxDepth)
                return GraphQLFailure.BadRequest(GraphQLErrorCodes.TooDeep, $"The operation nests fields {size.DataDepth} deep; at most {options.MaxDepth} levels are allowed.");
            if (size.AllDepth > options.MaxIntrospectionDepth)
                return GraphQLFailure.BadRequest(GraphQLErrorCodes.TooDeep, $"The operation's introspection nests fields {size.AllDepth} deep; at most {options.MaxIntrospectionDepth} levels are allowed.");
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
}
