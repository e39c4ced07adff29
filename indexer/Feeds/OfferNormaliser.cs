using System.Net.Mail;
using System.Text.RegularExpressions;
using Catalogue.Offers;
using Catalogue.Vocabularies;
using Ganss.Xss;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// The one validator of the catalogue: every offer — from a feed, an upload or the write API — passes through here.
/// It checks codes against the vocabularies, places towns in their powiat with coordinates, sanitises HTML to an
/// allow-list, normalises whitespace, and says precisely what is wrong with a record it rejects.
/// Pure: no I/O, so each rule is tested without a server.
/// </summary>
public sealed partial class OfferNormaliser(CatalogueVocabularies vocabularies)
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The draft when the record is valid; otherwise null and at least one problem.</summary>
    public (OfferDraft? Draft, IReadOnlyList<RecordProblem> Problems) Normalise(FeedOffer offer)
    {
        var problems = new List<RecordProblem>();
        void Problem(string field, string message) => problems.Add(new RecordProblem(offer.Row, field, message));

        var externalId = Text(offer.ExternalId);
        if (externalId is null) Problem("externalId", "Required: the offer's own id in your system, e.g. 2027-INF-1.");
        else if (!ExternalIds.IsValid(externalId)) Problem("externalId", $"'{Shown(externalId)}' cannot be an id: {ExternalIds.Rule}");

        var kind = vocabularies.Kinds.Find(Text(offer.Kind) ?? "");
        // A feed that states only the kind (schema.org JSON-LD has no word for the sector) gets the kind's sector.
        var sectorText = Text(offer.Sector) ?? kind?.Broader;
        Sector? sector = Enum.TryParse<Sector>(sectorText, ignoreCase: true, out var s) && Enum.IsDefined(s) && !char.IsDigit(sectorText![0]) ? s : null;
        if (sector is null) Problem("sector", "Required: vocational, higher or adult.");
        if (kind is null) Problem("kind", $"'{offer.Kind}' is not a kind; see /api/v1/vocabularies/kinds (e.g. technikum, kkz, studia-i, szkolenie).");
        else if (sector is { } known && !string.Equals(kind.Broader, known.ToString(), StringComparison.OrdinalIgnoreCase))
            Problem("kind", $"'{kind.Code}' belongs to the sector '{kind.Broader}', not '{offer.Sector}'.");

        var title = Text(StripTags(offer.Title));
        if (title is null || title.Length < 3) Problem("title", "Required: at least 3 characters.");
        else if (title.Length > 300) Problem("title", "At most 300 characters.");

        var mode = Code(offer.Mode, vocabularies.Modes, "mode", Problem, required: true);
        var iscedCodes = Codes(offer.IscedCodes, vocabularies.Isced, "iscedCodes", Problem);
        var professionCodes = Codes(offer.ProfessionCodes, vocabularies.Professions, "professionCodes", Problem);
        var qualificationCodes = Codes(offer.QualificationCodes?.Select(q => q.ToUpperInvariant()).ToList(), vocabularies.Qualifications, "qualificationCodes", Problem);
        var languages = Codes(offer.Languages, vocabularies.Languages, "languages", Problem);
        var funding = Codes(offer.Funding, vocabularies.Funding, "funding", Problem);
        if (offer.PrkLevel is < 1 or > 8) Problem("prkLevel", "PRK levels are 1 to 8.");

        var isFree = offer.IsFree ?? false;
        if (isFree && offer.PricePln > 0) Problem("pricePln", "An offer marked free has no price; remove the price or isFree.");
        if (offer.PricePln < 0) Problem("pricePln", "A price cannot be negative.");
        var url = Url(offer.Url, Problem);
        var email = Email(offer.ContactEmail, Problem);

        var runs = Runs(offer.Runs ?? [], Problem);
        var isOnline = offer.IsOnline ?? mode == "online";
        var locations = Locations(offer.Locations ?? [], Problem);
        if (mode is not null && !isOnline && locations.Count == 0 && (offer.Locations ?? []).Count == 0)
            Problem("locations", "An offer that is not online needs at least one location (a town of the region).");

        if (problems.Count > 0) return (null, problems);
        return (new OfferDraft
        {
            ExternalId = externalId!,
            Sector = sector!.Value,
            Kind = kind!.Code,
            Title = title!,
            Description = SanitiseHtml(offer.Description),
            LearningOutcomes = (offer.LearningOutcomes ?? []).Select(o => Text(StripTags(o))).OfType<string>().ToList(),
            AdmissionRequirements = Text(StripTags(offer.AdmissionRequirements)),
            TargetGroup = Text(StripTags(offer.TargetGroup)),
            PrkLevel = offer.PrkLevel,
            IscedCodes = iscedCodes,
            ProfessionCodes = professionCodes,
            QualificationCodes = qualificationCodes,
            StudyField = Text(StripTags(offer.StudyField)),
            Disciplines = (offer.Disciplines ?? []).Select(Text).OfType<string>().Distinct().ToList(),
            Mode = mode!,
            Languages = languages.Count > 0 ? languages : ["pl"],
            DurationHours = offer.DurationHours,
            DurationSemesters = offer.DurationSemesters,
            IsFree = isFree,
            PricePln = isFree ? null : offer.PricePln,
            Funding = funding,
            IsOnline = isOnline,
            Certificate = Text(StripTags(offer.Certificate)),
            ContactEmail = email,
            ContactPhone = Text(offer.ContactPhone),
            Url = url,
            Runs = runs,
            Locations = locations,
        }, problems);
    }

    /// <summary>Sanitised HTML: paragraphs, line breaks, lists, bold/italic and http(s) links survive; scripts, styles, event handlers and other schemes do not.</summary>
    public static string? SanitiseHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        // Plain text (most descriptions) comes out of the sanitiser unchanged; parsing it as HTML costs most of a sync.
        if (html.AsSpan().IndexOfAny('<', '>', '&') < 0) return html.Trim();
        var clean = Sanitizer.Sanitize(html.Trim()).Trim();
        return clean.Length == 0 ? null : clean;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in new[] { "p", "br", "ul", "ol", "li", "b", "strong", "i", "em", "a" }) sanitizer.AllowedTags.Add(tag);
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.Add("href");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.UriAttributes.Clear();
        sanitizer.UriAttributes.Add("href");
        return sanitizer;
    }

    private string? Code(string? value, Vocabulary vocabulary, string field, Action<string, string> problem, bool required = false)
    {
        var text = Text(value);
        if (text is null)
        {
            if (required) problem(field, $"Required; see /api/v1/vocabularies/{vocabulary.Name}.");
            return null;
        }
        var code = vocabulary.Canonical(text);
        if (code is null) problem(field, $"'{text}' is not a known code; see /api/v1/vocabularies/{vocabulary.Name}.");
        return code;
    }

    private List<string> Codes(IReadOnlyList<string>? values, Vocabulary vocabulary, string field, Action<string, string> problem) =>
        (values ?? []).Select(v => Code(v, vocabulary, field, problem)).OfType<string>().Distinct().ToList();

    private static List<RunDraft> Runs(IReadOnlyList<FeedRun> runs, Action<string, string> problem)
    {
        var drafts = new List<RunDraft>();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (run.End < run.Start) problem($"runs[{i}].end", "The run ends before it starts.");
            else if (run.EnrolmentDeadline > run.End) problem($"runs[{i}].enrolmentDeadline", "The enrolment deadline is after the run ends.");
            else if (run.PricePln < 0) problem($"runs[{i}].pricePln", "A price cannot be negative.");
            else drafts.Add(new RunDraft(run.Start, run.End, run.EnrolmentDeadline, run.Places, run.PricePln));
        }
        return drafts;
    }

    private List<LocationDraft> Locations(IReadOnlyList<FeedLocation> locations, Action<string, string> problem)
    {
        var drafts = new List<LocationDraft>();
        for (var i = 0; i < locations.Count; i++)
        {
            var location = locations[i];
            var city = Text(location.City);
            if (city is null) { problem($"locations[{i}].city", "Required: the town where the offer takes place."); continue; }
            var town = vocabularies.FindTown(city);
            var powiat = Text(location.PowiatCode) ?? town?.Broader;
            if (powiat is null || !vocabularies.Powiats.Contains(powiat))
            {
                problem($"locations[{i}].powiatCode", town is null
                    ? $"'{city}' is not a town the catalogue knows; give its powiatCode (see /api/v1/vocabularies/powiats)."
                    : $"'{powiat}' is not a powiat of the region; see /api/v1/vocabularies/powiats.");
                continue;
            }
            if (town is not null && town.Broader != powiat)
            {
                problem($"locations[{i}].powiatCode", $"{town.Label} lies in powiat {town.Broader}, not {powiat}.");
                continue;
            }
            drafts.Add(new LocationDraft(town?.Label ?? city, powiat)
            {
                Address = Text(location.Address),
                PostalCode = Text(location.PostalCode),
                GminaCode = Text(location.GminaCode) ?? town?.Code,
                Latitude = location.Latitude ?? town?.Latitude,
                Longitude = location.Longitude ?? town?.Longitude,
            });
        }
        return drafts;
    }

    private static string? Url(string? value, Action<string, string> problem)
    {
        var text = Text(value);
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)) return uri.ToString();
        problem("url", "Must be an http:// or https:// address.");
        return null;
    }

    private static string? Email(string? value, Action<string, string> problem)
    {
        var text = Text(value);
        if (text is null) return null;
        if (MailAddress.TryCreate(text, out var address) && address.Address == text) return text;
        problem("contactEmail", $"'{text}' is not an e-mail address.");
        return null;
    }

    /// <summary>A value repeated in a message, cut short: a 50,000-character id need not come back whole.</summary>
    private static string Shown(string value) => value.Length <= 60 ? value : value[..59] + "…";

    /// <summary>Trimmed, inner whitespace collapsed to single spaces; null when nothing is left.</summary>
    internal static string? Text(string? value)
    {
        if (value is null) return null;
        var collapsed = Whitespace().Replace(value, " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static string? StripTags(string? value) => value is null ? null : System.Net.WebUtility.HtmlDecode(Tags().Replace(value, " "));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
