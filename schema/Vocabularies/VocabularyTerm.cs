namespace Catalogue.Vocabularies;

/// <summary>
/// One entry of a controlled vocabulary. Every term has a code and a Polish label; the other members are filled
/// only where the vocabulary has them (coordinates for powiats and towns, qualifications for professions, …).
/// </summary>
public sealed record VocabularyTerm(string Code, string Label, string? LabelEn = null)
{
    /// <summary>The code of the broader term: ISCED broad field of a narrow one, sector of a kind, branża of a profession, powiat of a town.</summary>
    public string? Broader { get; init; }
    public string? Seat { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<string>? Qualifications { get; init; }
    public IReadOnlyList<string>? SchoolTypes { get; init; }
    public string? Kind { get; init; }
}

/// <summary>A named list of terms with lookup by code.</summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, VocabularyTerm> _byCode;

    public Vocabulary(string name, string description, IReadOnlyList<VocabularyTerm> terms)
    {
        Name = name;
        Description = description;
        Terms = terms;
        _byCode = terms.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }
    public string Description { get; }
    public IReadOnlyList<VocabularyTerm> Terms { get; }

    public VocabularyTerm? Find(string code) => _byCode.GetValueOrDefault(code);

    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>The code as the vocabulary spells it (codes are matched case-insensitively).</summary>
    public string? Canonical(string code) => Find(code)?.Code;
}
