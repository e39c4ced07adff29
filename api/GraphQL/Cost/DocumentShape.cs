using GraphQLParser.AST;

namespace Catalogue.Api.GraphQL;

/// <summary>
/// What a selection set stands for once its fragments are spread: how many fields, how often one name repeats in one
/// selection, and how deep, counted from the fragment graph with each fragment measured once (memoised by name),
/// never by expanding its spreads. Ten fragments
/// each spreading the next ten times are ten measurements here, not ten billion fields. A fragment reached again while
/// it is being measured closes a cycle: it counts as nothing and the first cycle is kept to refuse the document by.
/// </summary>
internal sealed class DocumentShape
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = [];
    private readonly Dictionary<string, Measured> _measured = [];
    private readonly List<string> _open = [];
    private readonly CancellationToken _cancellation;

    public DocumentShape(GraphQLDocument document, CancellationToken cancellation)
    {
        _cancellation = cancellation;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        // Every fragment, used or not, so that a cycle anywhere is found before validation walks it.
        foreach (var name in _fragments.Keys) Fragment(name);
    }

    /// <summary>The first fragment cycle found, as its names in spread order (<c>A → B → A</c>); null when there is none.</summary>
    public string? Cycle { get; private set; }

    /// <summary>
    /// Fields: every field selection once fragments are spread (a fragment spread twice counts twice), saturating at
    /// <see cref="long.MaxValue"/>. Repeats: the most times one response name (a field's name or alias) is selected in
    /// one selection set, its fragments spread into it; the overlapping-fields rule compares those pairwise.
    /// DataDepth: the deepest nesting with <c>__schema</c>/<c>__type</c> as one level. AllDepth: introspection included.
    /// </summary>
    public readonly record struct Size(long Fields, long Repeats, int DataDepth, int AllDepth)
    {
        public Size With(Size other) => new(SaturatingAdd(Fields, other.Fields), Math.Max(Repeats, other.Repeats),
            Math.Max(DataDepth, other.DataDepth), Math.Max(AllDepth, other.AllDepth));
    }

    /// <summary>A selection set measured: its size, and how often each response name is selected at its own level.</summary>
    private sealed record Measured(Size Size, Dictionary<string, long> Names);

    private static readonly Measured Nothing = new(default, []);

    public Size Measure(GraphQLSelectionSet? set) => Walk(set).Size;

    private Measured Walk(GraphQLSelectionSet? set)
    {
        if (set is null) return Nothing;
        _cancellation.ThrowIfCancellationRequested();
        var size = default(Size);
        var names = new Dictionary<string, long>();
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    size = size.With(Field(field));
                    Count(names, (field.Alias?.Name ?? field.Name).StringValue, 1);
                    break;
                case GraphQLInlineFragment inline:
                    Merge(Walk(inline.SelectionSet));
                    break;
                case GraphQLFragmentSpread spread:
                    Merge(Fragment(spread.FragmentName.Name.StringValue));
                    break;
            }
        }
        var repeats = names.Count == 0 ? 0 : names.Values.Max();
        return new Measured(size with { Repeats = Math.Max(size.Repeats, repeats) }, names);

        void Merge(Measured part)
        {
            size = size.With(part.Size);
            foreach (var (name, count) in part.Names) Count(names, name, count);
        }
    }

    private static void Count(Dictionary<string, long> names, string name, long count) =>
        names[name] = SaturatingAdd(names.GetValueOrDefault(name), count);

    private Size Field(GraphQLField field)
    {
        var children = Walk(field.SelectionSet).Size;
        var introspection = field.Name.StringValue is "__schema" or "__type";
        return children with
        {
            Fields = SaturatingAdd(1, children.Fields),
            DataDepth = introspection ? 1 : 1 + children.DataDepth,
            AllDepth = 1 + children.AllDepth,
        };
    }

    private Measured Fragment(string name)
    {
        if (_measured.TryGetValue(name, out var known)) return known;
        // An unknown fragment is KnownFragmentNames' error, in validation.
        if (!_fragments.TryGetValue(name, out var fragment)) return Nothing;
        var at = _open.IndexOf(name);
        if (at >= 0)
        {
            Cycle ??= string.Join(" → ", _open.Skip(at).Append(name));
            return Nothing;
        }
        _open.Add(name);
        var measured = Walk(fragment.SelectionSet);
        _open.RemoveAt(_open.Count - 1);
        _measured[name] = measured;
        return measured;
    }

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
