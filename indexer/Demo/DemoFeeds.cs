using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Catalogue.Feeds;
using Catalogue.Indexer.Feeds;
using Catalogue.Offers;
using Catalogue.Providers;
using nietras.SeparatedValues;

namespace Catalogue.Indexer.Demo;

/// <summary>
/// The demo region written as the feeds its providers would publish, so that the demo enters the catalogue by the
/// real path (fetch, read, validate, apply, index): schools and vocational centres export CSV from a spreadsheet,
/// universities embed schema.org JSON-LD in a programme page, the others publish the Catalogue JSON feed.
/// </summary>
public static class DemoFeeds
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static FeedFormat FormatFor(ProviderDraft provider) => provider.Type switch
    {
        "school" or "vocational-centre" => FeedFormat.Csv,
        "university" => FeedFormat.JsonLd,
        _ => FeedFormat.Json,
    };

    /// <summary>Writes the provider's feed into <paramref name="directory"/> and returns its path.</summary>
    public static string Write(ProviderDraft provider, IReadOnlyList<OfferDraft> offers, string directory)
    {
        Directory.CreateDirectory(directory);
        var format = FormatFor(provider);
        var path = Path.Combine(directory, provider.Id + format switch { FeedFormat.Csv => ".csv", FeedFormat.JsonLd => ".html", _ => ".json" });
        File.WriteAllBytes(path, Render(provider, format, offers));
        return path;
    }

    /// <summary>The provider's offers as a feed document in <paramref name="format"/> (UTF-8).</summary>
    public static byte[] Render(ProviderDraft provider, FeedFormat format, IReadOnlyList<OfferDraft> offers)
    {
        var feedOffers = offers.Select(ToFeedOffer).ToList();
        return format switch
        {
            FeedFormat.Csv => Csv(feedOffers),
            FeedFormat.JsonLd => Encoding.UTF8.GetBytes(JsonLdPage(provider, feedOffers)),
            _ => JsonSerializer.SerializeToUtf8Bytes(new { version = 1, complete = true, offers = feedOffers }, Json),
        };
    }

    private static FeedOffer ToFeedOffer(OfferDraft d) => new()
    {
        ExternalId = d.ExternalId, Sector = d.Sector.ToString().ToLowerInvariant(), Kind = d.Kind, Title = d.Title, Description = d.Description,
        LearningOutcomes = NullIfEmpty(d.LearningOutcomes), AdmissionRequirements = d.AdmissionRequirements, TargetGroup = d.TargetGroup,
        PrkLevel = d.PrkLevel, IscedCodes = NullIfEmpty(d.IscedCodes), ProfessionCodes = NullIfEmpty(d.ProfessionCodes),
        QualificationCodes = NullIfEmpty(d.QualificationCodes), StudyField = d.StudyField, Disciplines = NullIfEmpty(d.Disciplines), Mode = d.Mode,
        Languages = d.Languages, DurationHours = d.DurationHours, DurationSemesters = d.DurationSemesters, IsFree = d.IsFree, PricePln = d.PricePln,
        Funding = NullIfEmpty(d.Funding), IsOnline = d.IsOnline, Certificate = d.Certificate, ContactEmail = d.ContactEmail, ContactPhone = d.ContactPhone,
        Url = d.Url,
        Runs = d.Runs.Select(r => new FeedRun(r.Start, r.End, r.EnrolmentDeadline, r.Places, r.PricePln)).ToList(),
        Locations = d.Locations.Select(l => new FeedLocation(l.City)
        {
            Address = l.Address, PostalCode = l.PostalCode, GminaCode = l.GminaCode, PowiatCode = l.PowiatCode, Latitude = l.Latitude, Longitude = l.Longitude,
        }).ToList(),
    };

    private static List<string>? NullIfEmpty(IReadOnlyList<string> values) => values.Count == 0 ? null : [.. values];

    /// <summary>One row per run, as a secretary's spreadsheet has it; an offer's places fill its rows in turn.</summary>
    private static byte[] Csv(List<FeedOffer> offers)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = Sep.New(';').Writer(o => o with { Escape = true }).To(text))
            WriteRows(writer, offers);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void WriteRows(SepWriter writer, List<FeedOffer> offers)
    {
        foreach (var offer in offers)
        {
            var runs = offer.Runs ?? [];
            var locations = offer.Locations ?? [];
            for (var i = 0; i < Math.Max(1, Math.Max(runs.Count, locations.Count)); i++)
            {
                var cells = new List<(string Column, string? Value)>();
                void Set(string column, string? value) => cells.Add((column, value));
                Set("externalId", offer.ExternalId); Set("sector", offer.Sector); Set("kind", offer.Kind); Set("title", offer.Title);
                Set("description", offer.Description); Set("learningOutcomes", Join(offer.LearningOutcomes));
                Set("admissionRequirements", offer.AdmissionRequirements); Set("targetGroup", offer.TargetGroup);
                Set("prkLevel", offer.PrkLevel?.ToString(CultureInfo.InvariantCulture)); Set("iscedCodes", Join(offer.IscedCodes));
                Set("professionCodes", Join(offer.ProfessionCodes)); Set("qualificationCodes", Join(offer.QualificationCodes));
                Set("studyField", offer.StudyField); Set("mode", offer.Mode); Set("languages", Join(offer.Languages));
                Set("durationHours", offer.DurationHours?.ToString(CultureInfo.InvariantCulture));
                Set("durationSemesters", offer.DurationSemesters?.ToString(CultureInfo.InvariantCulture));
                Set("isFree", offer.IsFree == true ? "tak" : "nie"); Set("pricePln", Money(offer.PricePln)); Set("funding", Join(offer.Funding));
                Set("isOnline", offer.IsOnline == true ? "tak" : "nie"); Set("certificate", offer.Certificate);
                Set("contactEmail", offer.ContactEmail); Set("contactPhone", offer.ContactPhone); Set("url", offer.Url);
                var run = i < runs.Count ? runs[i] : null;
                Set("runStart", Date(run?.Start)); Set("runEnd", Date(run?.End)); Set("enrolmentDeadline", Date(run?.EnrolmentDeadline));
                Set("places", run?.Places?.ToString(CultureInfo.InvariantCulture)); Set("runPricePln", Money(run?.PricePln));
                var location = i < locations.Count ? locations[i] : null;
                Set("city", location?.City); Set("address", location?.Address); Set("postalCode", location?.PostalCode);
                Set("powiatCode", location?.PowiatCode);
                Set("latitude", Coordinate(location?.Latitude)); Set("longitude", Coordinate(location?.Longitude));
                using var row = writer.NewRow();
                foreach (var (column, value) in cells) row[column].Set(value ?? "");
            }
        }
    }

    private static string? Join(IReadOnlyList<string>? values) => values is { Count: > 0 } ? string.Join('|', values) : null;

    /// <summary>Polish spreadsheets write "2800,50" and "51,7592".</summary>
    private static string? Money(decimal? value) => value?.ToString("0.##", CultureInfo.GetCultureInfo("pl-PL"));

    private static string? Coordinate(double? value) => value?.ToString("0.######", CultureInfo.GetCultureInfo("pl-PL"));

    private static string? Date(DateOnly? value) => value?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A university's "our programmes" page with schema.org data for search engines, as such pages are built.</summary>
    private static string JsonLdPage(ProviderDraft provider, List<FeedOffer> offers)
    {
        var graph = new JsonArray { new JsonObject { ["@type"] = "CollegeOrUniversity", ["name"] = provider.Name, ["url"] = provider.Website } };
        foreach (var offer in offers) graph.Add(JsonLdItem(offer));
        var document = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
        var json = document.ToJsonString(Json).Replace("</", "<\\/", StringComparison.Ordinal);
        return $"""
            <!doctype html>
            <html lang="pl"><head><meta charset="utf-8"><title>{System.Net.WebUtility.HtmlEncode(provider.Name)} – oferta kształcenia (demo)</title>
            <script type="application/ld+json">
            {json}
            </script></head>
            <body><h1>{System.Net.WebUtility.HtmlEncode(provider.Name)}</h1><p>Oferta demonstracyjna – dane przykładowe.</p></body></html>
            """;
    }

    private static JsonObject JsonLdItem(FeedOffer offer)
    {
        var runs = offer.Runs ?? [];
        var single = runs.Count <= 1;
        var item = new JsonObject
        {
            ["@type"] = single ? "EducationalOccupationalProgram" : "Course",
            ["identifier"] = offer.ExternalId,
            ["name"] = offer.Title,
            ["description"] = offer.Description,
            ["url"] = offer.Url,
            ["inLanguage"] = new JsonArray([.. (offer.Languages ?? []).Select(l => (JsonNode)l)]),
            ["isAccessibleForFree"] = offer.IsFree,
            ["educationalCredentialAwarded"] = offer.Certificate,
            ["coursePrerequisites"] = offer.AdmissionRequirements,
            ["audience"] = offer.TargetGroup is null ? null : new JsonObject { ["@type"] = "Audience", ["audienceType"] = offer.TargetGroup },
            ["teaches"] = offer.LearningOutcomes is null ? null : new JsonArray([.. offer.LearningOutcomes.Select(o => (JsonNode)o)]),
            ["educationalLevel"] = offer.PrkLevel is { } level ? $"PRK {level}" : null,
            ["occupationalCategory"] = offer.ProfessionCodes is null ? null : new JsonArray([.. offer.ProfessionCodes.Select(c => (JsonNode)c)]),
            ["timeToComplete"] = offer.DurationSemesters is { } semesters ? $"P{semesters * 6}M" : null,
            ["timeRequired"] = offer.DurationHours is { } hours ? $"PT{hours}H" : null,
            ["offers"] = offer.PricePln is { } price ? PriceOffer(price) : null,
            ["location"] = new JsonArray([.. (offer.Locations ?? []).Select(Place)]),
        };
        item[single ? "educationalProgramMode" : "courseMode"] = offer.Mode;
        if (single && runs.Count == 1)
        {
            var run = runs[0];
            item["startDate"] = run.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            item["endDate"] = run.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            item["applicationDeadline"] = run.EnrolmentDeadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            item["maximumEnrollment"] = run.Places;
        }
        else if (!single)
        {
            item["hasCourseInstance"] = new JsonArray([.. runs.Select(run => (JsonNode)new JsonObject
            {
                ["@type"] = "CourseInstance",
                ["courseMode"] = offer.Mode,
                ["startDate"] = run.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["endDate"] = run.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["maximumAttendeeCapacity"] = run.Places,
                ["offers"] = run.PricePln is { } p ? PriceOffer(p) : null,
            })]);
        }
        // schema.org has no words for the catalogue's own codes: they travel as PropertyValues named like the JSON feed's fields.
        var extra = new JsonArray { Property("kind", offer.Kind), Property("sector", offer.Sector) };
        foreach (var (name, values) in new[] { ("iscedCodes", offer.IscedCodes), ("qualificationCodes", offer.QualificationCodes), ("funding", offer.Funding), ("disciplines", offer.Disciplines) })
            if (values is { Count: > 0 }) extra.Add(Property(name, string.Join(',', values)));
        foreach (var (name, value) in new[] { ("studyField", offer.StudyField), ("contactEmail", offer.ContactEmail), ("contactPhone", offer.ContactPhone) })
            if (value is not null) extra.Add(Property(name, value));
        item["additionalProperty"] = extra;
        foreach (var empty in item.Where(p => p.Value is null).Select(p => p.Key).ToList()) item.Remove(empty);
        return item;
    }

    private static JsonObject PriceOffer(decimal price) => new() { ["@type"] = "Offer", ["price"] = price, ["priceCurrency"] = "PLN" };

    private static JsonObject Property(string name, string? value) => new() { ["@type"] = "PropertyValue", ["name"] = name, ["value"] = value };

    private static JsonNode Place(FeedLocation location) => new JsonObject
    {
        ["@type"] = "Place",
        ["address"] = new JsonObject
        {
            ["@type"] = "PostalAddress", ["streetAddress"] = location.Address, ["postalCode"] = location.PostalCode, ["addressLocality"] = location.City,
            ["addressRegion"] = location.PowiatCode,
        },
        ["geo"] = location.Latitude is null ? null : new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = location.Latitude, ["longitude"] = location.Longitude },
    };
}
