using System.Text;
using Catalogue.Offers;
using Catalogue.Providers;
using Catalogue.Search;

namespace Catalogue.Indexer.Demo;

/// <summary>What a demo provider does, which decides the offers it gets.</summary>
internal enum DemoRole { School, VocationalCentre, University, TrainingCompany, Ngo, Library, LabourOffice }

/// <summary>
/// A demo provider with what its offers need: the draft, its home location, role and themes. <see cref="Host"/> is the
/// provider's made-up domain under <c>.example</c> (reserved, RFC 2606), so no link or address of the demo reaches anyone.
/// </summary>
internal sealed record DemoProvider(ProviderDraft Draft, DemoPlace Place, LocationDraft Home, DemoRole Role, bool IsPublic, string Host)
{
    /// <summary>Themes: the school's profile (e.g. "it", "auto") or the course topics of a trainer (e.g. "weld").</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Other sites where the provider also teaches (firms with branches).</summary>
    public IReadOnlyList<LocationDraft> Branches { get; init; } = [];

    /// <summary>How many offers the provider gets (adult providers); schools and universities size themselves.</summary>
    public int OfferCount { get; init; }

    public string Id => Draft.Id;

    public string OfferUrl(string externalId) => $"https://demo.{Host}.example/oferta/{externalId.ToLowerInvariant()}";

    /// <summary>Builds the provider: address, coordinates, website, e-mail and phone all follow from the name and the town.</summary>
    public static DemoProvider Create(string name, string type, DemoPlace place, DemoRole role, bool isPublic, Random random, string? slug = null)
    {
        var id = slug ?? Slug(name);
        var host = id["demo-".Length..];
        var home = DemoPlaces.Address(place, random);
        var draft = new ProviderDraft(id, name, type)
        {
            Address = home.Address, PostalCode = home.PostalCode, City = place.City, PowiatCode = place.PowiatCode,
            Latitude = home.Latitude, Longitude = home.Longitude,
            Website = $"https://demo.{host}.example", Email = $"rekrutacja@{host}.example", Phone = DemoPlaces.Phone(place, random),
        };
        return new DemoProvider(draft, place, home, role, isPublic, host);
    }

    // Long official phrases become the abbreviations people use, so ids stay readable within 64 characters.
    private static readonly (string Long, string Short)[] Abbreviations =
    [
        ("zespół szkół ponadpodstawowych", "zsp"), ("zespół szkół", "zs"), ("centrum kształcenia zawodowego", "ckz"),
        ("centrum kształcenia ustawicznego", "cku"), ("powiatowy urząd pracy", "pup"), ("miejska biblioteka publiczna", "mbp"),
        ("miejsko-gminna biblioteka publiczna", "mgbp"), ("branżowa szkoła", "bs"), ("szkoła policealna", "sp"),
        (" sp. z o.o.", ""), (" s.c.", ""),
    ];

    /// <summary>A lowercase id <c>demo-…</c> of [a-z0-9-], at most 64 characters, cut at a word boundary.</summary>
    public static string Slug(string name)
    {
        var text = name.ToLowerInvariant();
        foreach (var (longForm, shortForm) in Abbreviations) text = text.Replace(longForm, shortForm, StringComparison.Ordinal);
        var folded = PolishFolding.Fold(text);
        var builder = new StringBuilder("demo-");
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().TrimEnd('-');
        if (slug.Length <= 64) return slug;
        var cut = slug[..64];
        return cut[..cut.LastIndexOf('-')];
    }
}
