using System.ComponentModel.DataAnnotations;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// The limits of the <c>/graphql</c> endpoint, bound from the <c>GraphQL</c> section. Every limit is checked before the
/// work it protects: the size before parsing, aliases, depth and operations on the parsed tree before validation, the
/// cost before execution, the timeout during it. An abusive document is refused cheaply, never half-executed.
/// </summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Deepest nesting of data fields (fragments expanded); an introspection field counts as one level here.</summary>
    [Range(1, 64)] public int MaxDepth { get; set; } = 10;

    /// <summary>
    /// Deepest nesting inside <c>__schema</c>/<c>__type</c>: the standard introspection query (GraphiQL's) reaches 13,
    /// because it unwraps type references seven <c>ofType</c> levels deep.
    /// </summary>
    [Range(1, 64)] public int MaxIntrospectionDepth { get; set; } = 15;

    /// <summary>Highest estimated cost: each field costs 1, a list multiplies its children by its page size.</summary>
    [Range(1, 1_000_000)] public int MaxCost { get; set; } = 1_000;

    /// <summary>
    /// The share of the default cost estimate that introspection fields count for: at 0.001 GraphiQL's full introspection
    /// query costs about 530 of the 1,000 allowed, so it runs, alone; introspection never runs for free.
    /// </summary>
    [Range(0.0001, 1)] public double IntrospectionCostFactor { get; set; } = 0.001;

    /// <summary>Most aliased fields in one document: many aliases are the cheap way to ask for the same work many times.</summary>
    [Range(0, 1_000)] public int MaxAliases { get; set; } = 30;

    /// <summary>
    /// Most field selections in one operation once its fragments are spread (a fragment spread twice counts twice),
    /// measured per fragment without expanding. Validation and the cost analysis walk every spread, so this bounds
    /// their work: GraphiQL's introspection query has about 250, a query at the cost limit at most 1,000 data fields.
    /// </summary>
    [Range(100, 100_000)] public int MaxFields { get; set; } = 2_000;

    /// <summary>
    /// Most times one response name may be selected in one selection set, its fragments spread (<c>{ id ...A ...B }</c>
    /// with <c>id</c> in both fragments selects it 3 times): the overlapping-fields rule compares them pairwise.
    /// </summary>
    [Range(2, 1_000)] public int MaxRepeatedSelections { get; set; } = 20;

    /// <summary>Most fragment definitions in one document: validation's overlapping-fields rule grows with the cube of a chain of them.</summary>
    [Range(1, 1_000)] public int MaxFragments { get; set; } = 30;

    /// <summary>Longest document (the <c>query</c> text), in UTF-8 bytes; checked before parsing.</summary>
    [Range(256, 1_048_576)] public int MaxDocumentBytes { get; set; } = 20_480;

    /// <summary>Largest <c>first</c> of any list; the same ceiling as REST's pageSize.</summary>
    [Range(1, 100)] public int MaxPageSize { get; set; } = 100;

    /// <summary>Most requests in one batched POST (a JSON array); 0 turns batching off.</summary>
    [Range(0, 50)] public int MaxBatchSize { get; set; } = 5;

    /// <summary>Most operations defined in one document (only one runs; the rest is text to parse and validate).</summary>
    [Range(1, 100)] public int MaxOperations { get; set; } = 5;

    /// <summary>
    /// Longest time one HTTP request (a batch as a whole) may take, parsing, checking, validating and executing,
    /// before it is answered 504 with a TIMEOUT error; every phase stops at it, and when the client goes away.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Largest request body, in bytes: the document plus its variables. Larger bodies are refused while reading,
    /// before any JSON is parsed.
    /// </summary>
    [Range(1_024, 4_194_304)] public int MaxRequestBytes { get; set; } = 65_536;
}

/// <summary>Checks <see cref="GraphQLOptions"/> at start (source-generated from its annotations).</summary>
[OptionsValidator]
internal sealed partial class GraphQLOptionsValidator : IValidateOptions<GraphQLOptions>;
