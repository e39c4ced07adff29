using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Catalogue.Search;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// One schema.org <c>Course</c> or <c>EducationalOccupationalProgram</c> as a <see cref="FeedOffer"/>. What cannot be
/// read (a date that is not a date, a price in another currency) is a problem named by the schema.org property; what
/// the catalogue requires but the item does not say is left empty, for <see cref="OfferNormaliser"/> to name.
/// </summary>
internal sealed partial class JsonLdOfferMapper(JsonElement item, int row, IReadOnlyDictionary<string, JsonElement> byId)
{
    public List<RecordProblem> Problems { get; } = [];

    public FeedOffer Map()
    {
        var extra = AdditionalProperties();
        var instances = JsonLd.All(item, "hasCourseInstance").Select(Resolve).ToList();
        var isProgram = JsonLd.IsA(item, ["EducationalOccupationalProgram"]);
        var runs = instances.Select((instance, i) => Run(instance, $"hasCourseInstance[{i}]")).OfType<FeedRun>().ToList();
        if (isProgram && Run(item, "") is { } programRun) runs.Add(programRun);

        var places = instances.SelectMany(i => JsonLd.All(i, "location")).Concat(JsonLd.All(item, "location")).Select(Resolve).ToList();
        var locations = places.Select(Location).OfType<FeedLocation>().DistinctBy(l => (l.City, l.Address)).ToList();
        // "Pabianice" adds nothing to "ul. Zamkowa 3, Pabianice" named by another instance.
        locations.RemoveAll(l => l.Address is null && locations.Any(o => o.Address is not null && o.City == l.City));
        var virtualOnly = places.Count > 0 && places.All(p => JsonLd.IsA(p, ["VirtualLocation"]));

        var kind = extra.GetValueOrDefault("kind") ?? Kind(JsonLd.Str(item, "programType") ?? JsonLd.Str(item, "additionalType"))
            ?? (isProgram ? null : "kurs");
        var mode = extra.GetValueOrDefault("mode") ?? Mode(instances.Select(i => JsonLd.Str(i, "courseMode")).FirstOrDefault(m => m is not null)
            ?? JsonLd.Str(item, "educationalProgramMode") ?? JsonLd.Str(item, "courseMode"))
            ?? (virtualOnly ? "online" : locations.Count > 0 ? "stacjonarne" : null);
        var coursePrice = Price(item, "offers");
        var isFree = Flag(JsonLd.Str(item, "isAccessibleForFree")) ?? (coursePrice == 0 || (runs.Count > 0 && runs.All(r => r.PricePln == 0)) ? true : null);

        return new FeedOffer
        {
            Row = row,
            ExternalId = ExternalId(),
            Sector = extra.GetValueOrDefault("sector"),
            Kind = kind,
            Title = JsonLd.Str(item, "name"),
            Description = JsonLd.Str(item, "description"),
            LearningOutcomes = JsonLd.Strs(item, "teaches").ToList(),
            AdmissionRequirements = Joined(JsonLd.Strs(item, "coursePrerequisites").Concat(JsonLd.Strs(item, "programPrerequisites"))),
            TargetGroup = JsonLd.All(item, "audience").Select(a => JsonLd.Str(a, "audienceType") ?? JsonLd.Text(a)).FirstOrDefault(a => a is not null),
            PrkLevel = Level(extra.GetValueOrDefault("prkLevel") ?? JsonLd.Str(item, "educationalLevel")),
            IscedCodes = List(extra.GetValueOrDefault("iscedCodes")),
            ProfessionCodes = [.. JsonLd.Strs(item, "occupationalCategory").Where(c => SixDigits().IsMatch(c)), .. List(extra.GetValueOrDefault("professionCodes"))],
            QualificationCodes = List(extra.GetValueOrDefault("qualificationCodes")),
            StudyField = extra.GetValueOrDefault("studyField"),
            Disciplines = List(extra.GetValueOrDefault("disciplines")),
            ContactEmail = extra.GetValueOrDefault("contactEmail"),
            ContactPhone = extra.GetValueOrDefault("contactPhone"),
            Mode = mode,
            Languages = JsonLd.All(item, "inLanguage").Select(l => JsonLd.Str(l, "alternateName") ?? JsonLd.Text(l)).OfType<string>()
                .Select(l => l.Split('-')[0].ToLowerInvariant()).Distinct().ToList(),
            DurationHours = Hours(JsonLd.Str(item, "timeRequired") ?? instances.Select(i => JsonLd.Str(i, "courseWorkload")).FirstOrDefault(w => w is not null)),
            DurationSemesters = Semesters(JsonLd.Str(item, "timeToComplete")),
            IsFree = isFree,
            PricePln = isFree == true ? null : coursePrice ?? runs.Select(r => r.PricePln).Where(p => p > 0).DefaultIfEmpty().Min(),
            Funding = List(extra.GetValueOrDefault("funding")),
            Certificate = JsonLd.Str(item, "educationalCredentialAwarded"),
            Url = JsonLd.Str(item, "url"),
            Runs = runs,
            Locations = locations,
        };
    }

    private string? ExternalId() =>
        JsonLd.All(item, "identifier").Select(i => JsonLd.Str(i, "value") ?? JsonLd.Text(i)).FirstOrDefault(i => i is not null)
        ?? JsonLd.Str(item, "courseCode") ?? IdOf(JsonLd.Str(item, "@id")) ?? IdOf(JsonLd.Str(item, "url"));

    /// <summary>
    /// An IRI used as the id (<c>#prog-inf</c>, <c>https://uczelnia.example/studia/informatyka</c>) gives its fragment
    /// or last path segment: an external id is one URL segment (<see cref="ExternalIds"/>), and a course page names its
    /// courses apart by exactly that part. An IRI without such a part stays as it is, for the validator to name.
    /// </summary>
    private static string? IdOf(string? iri)
    {
        if (iri is null || ExternalIds.IsValid(iri)) return iri;
        var fragment = iri.LastIndexOf('#') is var hash and >= 0 ? iri[(hash + 1)..] : null;
        var segment = iri.Split('?', '#')[0].TrimEnd('/').Split('/')[^1];
        return ExternalIds.IsValid(fragment) ? fragment : ExternalIds.IsValid(segment) ? segment : iri;
    }

    /// <summary>An instance of the course, or a program's own dates: start, end, application deadline, places, price.</summary>
    private FeedRun? Run(JsonElement element, string path)
    {
        var prefix = path.Length > 0 ? path + "." : "";
        var start = Date(element, "startDate", prefix);
        if (start is null) return null;
        var places = JsonLd.Str(element, "maximumAttendeeCapacity") ?? JsonLd.Str(element, "maximumEnrollment");
        return new FeedRun(start, Date(element, "endDate", prefix), Date(element, "applicationDeadline", prefix),
            int.TryParse(places, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : null,
            path.Length > 0 ? Price(element, "offers", prefix) : null);
    }

    private DateOnly? Date(JsonElement element, string property, string prefix)
    {
        var text = JsonLd.Str(element, property);
        if (text is null) return null;
        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Problems.Add(new RecordProblem(row, prefix + property, $"'{text}' is not an ISO 8601 date (YYYY-MM-DD)."));
        return null;
    }

    private decimal? Price(JsonElement element, string property, string prefix = "")
    {
        decimal? lowest = null;
        foreach (var offer in JsonLd.All(element, property).Select(Resolve))
        {
            var currency = JsonLd.Str(offer, "priceCurrency");
            var text = JsonLd.Str(offer, "price") ?? JsonLd.Str(offer, "lowPrice");
            if (text is null) continue;
            if (currency is not null && !currency.Equals("PLN", StringComparison.OrdinalIgnoreCase))
            {
                Problems.Add(new RecordProblem(row, prefix + "offers.priceCurrency", $"Prices are in PLN; '{currency}' is not accepted."));
                continue;
            }
            var normalised = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace(',', '.');
            if (decimal.TryParse(normalised, NumberStyles.Number, CultureInfo.InvariantCulture, out var price)) lowest = lowest is null ? price : Math.Min(lowest.Value, price);
            else Problems.Add(new RecordProblem(row, prefix + "offers.price", $"'{text}' is not a price."));
        }
        return lowest;
    }

    private FeedLocation? Location(JsonElement place)
    {
        if (JsonLd.IsA(place, ["VirtualLocation"])) return null;
        if (place.ValueKind == JsonValueKind.String) return new FeedLocation(place.GetString());
        var address = JsonLd.All(place, "address").Select(Resolve).FirstOrDefault();
        if (address.ValueKind == JsonValueKind.Undefined && JsonLd.IsA(place, ["PostalAddress"])) address = place;
        var geo = JsonLd.All(place, "geo").Select(Resolve).FirstOrDefault();
        string? city = null, street = null, postal = null, region = null;
        if (address.ValueKind == JsonValueKind.Object)
            (city, street, postal, region) = (JsonLd.Str(address, "addressLocality"), JsonLd.Str(address, "streetAddress"), JsonLd.Str(address, "postalCode"), JsonLd.Str(address, "addressRegion"));
        else if (address.ValueKind == JsonValueKind.String) city = address.GetString()!.Split(',')[^1].Trim();
        if (city is null && street is null) return null;
        return new FeedLocation(city)
        {
            Address = street,
            PostalCode = postal,
            // A village the vocabularies do not list is placed by its powiat's TERYT code in addressRegion (e.g. "1015").
            PowiatCode = region is not null && PowiatCode().IsMatch(region) ? region : null,
            Latitude = Coordinate(geo, "latitude"),
            Longitude = Coordinate(geo, "longitude"),
        };
    }

    private static double? Coordinate(JsonElement geo, string property) =>
        geo.ValueKind == JsonValueKind.Object && double.TryParse(JsonLd.Str(geo, property), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A referenced node (<c>{"@id": …}</c> alone) replaced by the node it names, when the document holds it.</summary>
    private JsonElement Resolve(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && JsonLd.Str(element, "@id") is { } id && element.EnumerateObject().Count() == 1 && byId.TryGetValue(id, out var node) ? node : element;

    private Dictionary<string, string> AdditionalProperties() =>
        JsonLd.All(item, "additionalProperty").Where(p => JsonLd.Str(p, "name") is not null && JsonLd.Str(p, "value") is not null)
            .GroupBy(p => JsonLd.Str(p, "name")!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join(",", g.SelectMany(p => JsonLd.Strs(p, "value"))), StringComparer.OrdinalIgnoreCase);

    private static List<string> List(string? value) =>
        value is null ? [] : value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? Joined(IEnumerable<string> values) => values.ToList() is { Count: > 0 } list ? string.Join("; ", list) : null;

    private static bool? Flag(string? value) => value is null ? null : value.Equals("true", StringComparison.OrdinalIgnoreCase);

    private static int? Level(string? value) =>
        value is not null && LevelDigit().Match(value) is { Success: true } match ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;

    /// <summary>The catalogue's kind from the words providers use ("Studia I stopnia", "Kwalifikacyjny kurs zawodowy", "Technikum").</summary>
    internal static string? Kind(string? value)
    {
        if (value is null) return null;
        var text = " " + PolishFolding.Fold(value).ToLowerInvariant().Replace('-', ' ') + " ";
        (string Words, string Kind)[] rules =
        [
            ("technikum", "technikum"), ("policealn", "szkola-policealna"), ("branzowa szkola ii", "branzowa-ii"), ("branzowa", "branzowa-i"),
            ("kwalifikacyjny kurs zawodowy", "kkz"), (" kkz ", "kkz"), ("umiejetnosci zawodowych", "kuz"), (" kuz ", "kuz"),
            ("podyplomow", "podyplomowe"), ("jednolite", "jednolite-magisterskie"), ("drugiego stopnia", "studia-ii"), ("ii stopnia", "studia-ii"),
            ("magistersk", "studia-ii"), ("master", "studia-ii"), ("pierwszego stopnia", "studia-i"), ("i stopnia", "studia-i"),
            ("licencjack", "studia-i"), ("inzyniersk", "studia-i"), ("bachelor", "studia-i"), ("szkolenie", "szkolenie"), ("training", "szkolenie"),
            ("warsztat", "warsztaty"), ("workshop", "warsztaty"), ("egzamin", "egzamin"), ("doradztwo", "doradztwo"), ("coaching", "doradztwo"),
            ("kurs", "kurs"), ("course", "kurs"),
        ];
        return rules.FirstOrDefault(r => text.Contains(r.Words, StringComparison.Ordinal)).Kind;
    }

    /// <summary>schema.org <c>courseMode</c> words (onsite, online, blended, full-time, part-time) or Polish ones, as the catalogue's modes.</summary>
    internal static string? Mode(string? value)
    {
        if (value is null) return null;
        var text = PolishFolding.Fold(JsonLd.LocalName(value)).ToLowerInvariant();
        if (text.Contains("niestacjonarn", StringComparison.Ordinal) || text.Contains("part", StringComparison.Ordinal) || text.Contains("weekend", StringComparison.Ordinal)) return "niestacjonarne";
        if (text.Contains("blended", StringComparison.Ordinal) || text.Contains("hybr", StringComparison.Ordinal) || text.Contains("mixed", StringComparison.Ordinal)) return "hybrydowe";
        if (text.Contains("online", StringComparison.Ordinal) || text.Contains("distance", StringComparison.Ordinal) || text.Contains("zdaln", StringComparison.Ordinal)) return "online";
        if (text.Contains("stacjonarn", StringComparison.Ordinal) || text.Contains("onsite", StringComparison.Ordinal) || text.Contains("on-site", StringComparison.Ordinal)
            || text.Contains("full", StringComparison.Ordinal) || text.Contains("classroom", StringComparison.Ordinal)) return "stacjonarne";
        return value;
    }

    /// <summary>Hours of an ISO 8601 duration ("PT145H", "P5D" as 8-hour days).</summary>
    internal static int? Hours(string? duration)
    {
        if (duration is null || Duration().Match(duration) is not { Success: true } m) return null;
        var hours = Number(m, "d") * 8 + Number(m, "w") * 40 + Number(m, "h") + (Number(m, "min") + 59) / 60;
        return hours > 0 ? hours : null;
    }

    /// <summary>Semesters of an ISO 8601 duration ("P3Y" → 6, "P3Y6M" → 7, "P1Y" of postgraduate studies → 2).</summary>
    internal static int? Semesters(string? duration)
    {
        if (duration is null || Duration().Match(duration) is not { Success: true } m) return null;
        var months = Number(m, "y") * 12 + Number(m, "mo");
        return months > 0 ? (months + 5) / 6 : null;
    }

    private static int Number(Match match, string group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<min>\d+)M)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?<![\d.])[1-8](?![\d.])")]
    private static partial Regex LevelDigit();

    [GeneratedRegex(@"^10\d{2}$")]
    private static partial Regex PowiatCode();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex SixDigits();
}
