using System.Text.RegularExpressions;
using Catalogue.Search;

namespace Catalogue.Vocabularies;

/// <summary>
/// The controlled vocabularies of the catalogue, loaded once from the CSV files embedded in this assembly
/// (copied from the verified domain facts). Immutable: safe to share as a singleton.
/// </summary>
public sealed partial class CatalogueVocabularies
{
    private readonly Dictionary<string, Vocabulary> _byName;
    private readonly Dictionary<string, VocabularyTerm> _townsByFoldedName;

    public CatalogueVocabularies()
    {
        Powiats = new("powiats", "Powiaty of województwo łódzkie: 4-digit TERYT code, name, seat and the seat's coordinates.",
            Rows("powiaty.csv").Select(r => new VocabularyTerm(r["teryt"], r["name"])
            {
                Seat = r["seat"], Latitude = Number(r["lat"]), Longitude = Number(r["lon"]), Kind = r["type"],
            }).ToList());
        Towns = new("towns", "Towns of the region: 7-digit TERC code, name, powiat (broader) and coordinates.",
            Rows("miasta.csv").Select(r => new VocabularyTerm(r["teryt7"], r["name"])
            {
                Broader = r["powiat_teryt"], Latitude = Number(r["lat"]), Longitude = Number(r["lon"]),
            }).ToList());
        Gminy = new("gminy", "Gminy (communes) and their parts: 7-digit TERC code, name, kind and powiat (broader).",
            Rows("gminy_lodzkie_terc.csv").Select(r => new VocabularyTerm(r["teryt7"], r["name"])
            {
                Broader = r["powiat_teryt"], Kind = r["kind"],
            }).ToList());
        Sectors = Simple("sectors", "Sectors of the catalogue: vocational, higher and adult learning.", "sectors.csv");
        Kinds = new("kinds", "Kinds of offer (forms of education), each within one sector (broader).",
            Rows("kinds.csv").Select(r => new VocabularyTerm(r["code"], r["label"], r["label_en"]) { Broader = r["sector"] }).ToList());
        Modes = Simple("modes", "Delivery modes.", "modes.csv");
        Funding = Simple("funding", "Funding options an offer accepts.", "funding.csv");
        ProviderTypes = Simple("provider-types", "Types of provider.", "provider_types.csv");
        PrkLevels = Simple("prk-levels", "Polska Rama Kwalifikacji levels; each equals the EQF level of the same number.", "prk_levels.csv");
        Languages = Simple("languages", "Languages of instruction (ISO 639-1).", "languages.csv");
        Branze = new("branze", "Branże (sectors) of the classification of vocational professions, with their 3-letter symbols.",
            Rows("branze.csv").Select(r => new VocabularyTerm(r["code"], r["label"])).ToList());
        Isced = new("isced", "ISCED-F 2013 fields of education and training: broad (2 digits), narrow (3) and detailed (4).", IscedTerms());
        Professions = new("professions", "Vocational professions (klasyfikacja zawodów szkolnictwa branżowego): 6-digit code, branża (broader), qualifications.",
            Rows("zawody.csv").Select(r => new VocabularyTerm(r["code"], r["name"])
            {
                Broader = NullIfEmpty(r["sector"]),
                Qualifications = QualificationCodes(r["qualifications"]),
                SchoolTypes = r["school_types"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            }).ToList());
        Qualifications = new("qualifications", "Vocational qualifications (e.g. INF.02), each within one branża (broader).", QualificationTerms(Professions));

        All = [Powiats, Towns, Gminy, Sectors, Kinds, Modes, Funding, ProviderTypes, PrkLevels, Languages, Isced, Branze, Professions, Qualifications];
        _byName = All.ToDictionary(v => v.Name, StringComparer.OrdinalIgnoreCase);
        _townsByFoldedName = Towns.Terms.ToDictionary(t => PolishFolding.Fold(t.Label));
    }

    public Vocabulary Powiats { get; }
    public Vocabulary Towns { get; }
    public Vocabulary Gminy { get; }
    public Vocabulary Sectors { get; }
    public Vocabulary Kinds { get; }
    public Vocabulary Modes { get; }
    public Vocabulary Funding { get; }
    public Vocabulary ProviderTypes { get; }
    public Vocabulary PrkLevels { get; }
    public Vocabulary Languages { get; }
    public Vocabulary Isced { get; }
    public Vocabulary Branze { get; }
    public Vocabulary Professions { get; }
    public Vocabulary Qualifications { get; }
    public IReadOnlyList<Vocabulary> All { get; }

    public Vocabulary? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>A town by its name as a user types it: "lodz", "Łódź" and "ŁÓDŹ" find the same town.</summary>
    public VocabularyTerm? FindTown(string name) => _townsByFoldedName.GetValueOrDefault(PolishFolding.Fold(name.Trim()));

    private static List<Dictionary<string, string>> Rows(string file) => CsvTable.ReadEmbedded(file);

    private static Vocabulary Simple(string name, string description, string file) =>
        new(name, description, Rows(file).Select(r => new VocabularyTerm(r["code"], r["label"], r["label_en"])).ToList());

    private static List<VocabularyTerm> IscedTerms()
    {
        var fields = Rows("isced_f.csv").Select(r => new VocabularyTerm(r["code"], r["name_pl"], r["name_en"])
        {
            Broader = r["code"].Length == 3 ? r["code"][..2] : null, Kind = r["level"],
        });
        var detailed = Rows("isced_f_detailed.csv").Select(r => new VocabularyTerm(r["code"], r["name_pl"], r["name_en"])
        {
            Broader = r["narrow"], Kind = "detailed",
        });
        return fields.Concat(detailed).ToList();
    }

    private static List<VocabularyTerm> QualificationTerms(Vocabulary professions)
    {
        var terms = Rows("kwalifikacje.csv").ToDictionary(r => r["code"], r => new VocabularyTerm(r["code"], QualificationLabel(r["code"], r["name"])) { Broader = r["sector"] });
        foreach (var code in professions.Terms.SelectMany(p => p.Qualifications ?? []))
            terms.TryAdd(code, new VocabularyTerm(code, $"Kwalifikacja {code}") { Broader = code[..3] });
        return terms.Values.OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
    }

    // A few official names are not verified in the sources; those rows carry the profession in brackets instead.
    private static string QualificationLabel(string code, string name) =>
        name.StartsWith('(') ? $"Kwalifikacja {code} w zawodzie {name[1..name.IndexOf(')', StringComparison.Ordinal)]}" : name;

    // Only codes the sources state plainly; guesses marked with "?" or "one of" in the facts are left out.
    private static string[] QualificationCodes(string field) =>
        field.Split(';', StringSplitOptions.TrimEntries)
            .Select(part => LeadingQualificationCode().Match(part))
            .Where(m => m.Success)
            .Select(m => m.Value)
            .ToArray();

    [GeneratedRegex(@"^[A-Z]{3}\.\d{2}(?![\d?])")]
    private static partial Regex LeadingQualificationCode();

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
