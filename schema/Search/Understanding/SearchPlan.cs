namespace Catalogue.Search;

/// <summary>
/// What the user's words mean, worked out once in our code before either engine translates it: the words to match as
/// text (grouped into units, each with its synonyms), how many of them an offer must cover, and what was understood
/// from the vocabularies (places, delivery modes, free, kinds, codes) to rank by. Both engines translate this one plan,
/// so they share every rule of query understanding.
/// </summary>
public sealed record SearchPlan
{
    public static readonly SearchPlan Empty = new() { Units = [] };

    /// <summary>The text to match, one unit per word or per multi-word synonym; an offer must cover <see cref="MinimumShouldMatch"/> of them.</summary>
    public required IReadOnlyList<TextUnit> Units { get; init; }
    public int MinimumShouldMatch { get; init; }
    /// <summary>What the vocabularies recognised in the query: boosts, never filters (except when nothing else is left to search by).</summary>
    public IReadOnlyList<UnderstoodTerm> Terms { get; init; } = [];
    /// <summary>Folded words that named a mode, kind or free offer: still matched as optional text, with a low weight.</summary>
    public IReadOnlyList<string> OptionalWords { get; init; } = [];
    /// <summary>Stop words left out of the search, as typed.</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>The words searched as text, as typed: what a UI shows after "szukam:".</summary>
    public string Text => string.Join(' ', Units.SelectMany(u => u.Typed));

    /// <summary>True when the query had words but none to search by (only stop words or punctuation).</summary>
    public bool NothingToSearch => Units.Count == 0 && Terms.Count == 0;

    /// <summary>
    /// How many of <paramref name="units"/> an offer must cover: all of one or two; all but one of three or four;
    /// three in five (60 %, rounded up) of five or more. Documented in the README's search section.
    /// </summary>
    public static int MinimumFor(int units) => units switch
    {
        <= 2 => units,
        <= 4 => units - 1,
        _ => (int)Math.Ceiling(units * 0.6),
    };

    /// <summary>The same plan with only one unit required: the relaxed search run when the strict one finds nothing.</summary>
    public SearchPlan Relaxed() => this with { MinimumShouldMatch = Math.Min(1, Units.Count) };
}

/// <summary>
/// One thing to match as text: a word (or the words of a multi-word synonym) folded to lower case without diacritics,
/// as typed, its synonyms (folded phrases, matched with a lower weight), whether it may match as a prefix (the last
/// word of a query still being typed), and the code it names when it is one (an exact code match ranks first).
/// </summary>
public sealed record TextUnit(IReadOnlyList<string> Words, IReadOnlyList<string> Typed)
{
    public IReadOnlyList<string> Alternatives { get; init; } = [];
    public bool Prefix { get; init; }
    public UnderstoodTerm? Code { get; init; }
}

/// <summary>Something the vocabularies recognised in the query: its type, the filter value it stands for, its Polish label and the words that named it.</summary>
public sealed record UnderstoodTerm(string Type, string Value, string Label, string Matched);

/// <summary>The types of <see cref="UnderstoodTerm"/>, each named as the filter parameter it corresponds to.</summary>
public static class UnderstoodTypes
{
    public const string City = "city", Powiat = "powiat", Mode = "mode", Kind = "kind", Free = "free",
        Profession = "profession", Qualification = "qualification", Isced = "isced", Level = "level";

    public static bool IsCode(string type) => type is Profession or Qualification or Isced or Level;

    /// <summary>
    /// How much an offer matching an understood term is preferred: its text score is multiplied by this (once per type,
    /// however many values the type has), so the preference holds whatever the scale of the text score. Codes are not
    /// here: a code is a unit of the text, and its exact match ranks first.
    /// </summary>
    public static float Factor(string type) => type switch
    {
        City => 2.5f,
        Powiat => 1.8f,
        Kind => 1.5f,
        Mode => 1.35f,
        Free => 1.35f,
        _ => 1f,
    };

    /// <summary>With a place named, an online offer (available anywhere) is preferred over one elsewhere, less than one in the place.</summary>
    public const float OnlineWhenPlaceNamed = 1.6f;
}

/// <summary>How a search read the query, returned with its results so a UI can say "szukam: spawanie · miejsce: Łódź".</summary>
/// <param name="Plan">The plan the search ran: text units, how many were required, what was understood, what was ignored.</param>
/// <param name="Relaxed">True when the strict query found nothing and these results match only some of the words.</param>
/// <param name="DidYouMean">The query with unknown words replaced by the closest words of the index (titles, professions, towns); null when every word is known.</param>
public sealed record SearchInterpretation(SearchPlan Plan, bool Relaxed, string? DidYouMean);
