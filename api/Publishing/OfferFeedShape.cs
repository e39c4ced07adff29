using System.Globalization;
using System.Text.Json.Nodes;
using Catalogue.Offers;

namespace Catalogue.Api.Publishing;

/// <summary>
/// A stored offer written back in the feed format: the document a JSON Merge Patch applies to. Only what the provider
/// owns appears; the offer-level price is the stored lowest price, which gives the same stored offer again.
/// </summary>
internal static class OfferFeedShape
{
    public static JsonObject ToFeedOffer(LearningOffer offer)
    {
        var json = new JsonObject
        {
            ["externalId"] = offer.ExternalId,
            ["sector"] = offer.Sector.ToString().ToLowerInvariant(),
            ["kind"] = offer.Kind,
            ["title"] = offer.Title,
            ["mode"] = offer.Mode,
            ["isFree"] = offer.IsFree,
            ["isOnline"] = offer.IsOnline,
        };
        Put(json, "description", offer.Description);
        List(json, "learningOutcomes", offer.LearningOutcomes);
        Put(json, "admissionRequirements", offer.AdmissionRequirements);
        Put(json, "targetGroup", offer.TargetGroup);
        if (offer.PrkLevel is { } prk) json["prkLevel"] = prk;
        List(json, "iscedCodes", offer.IscedCodes);
        List(json, "professionCodes", offer.ProfessionCodes);
        List(json, "qualificationCodes", offer.QualificationCodes);
        Put(json, "studyField", offer.StudyField);
        List(json, "disciplines", offer.Disciplines);
        List(json, "languages", offer.Languages);
        if (offer.DurationHours is { } hours) json["durationHours"] = hours;
        if (offer.DurationSemesters is { } semesters) json["durationSemesters"] = semesters;
        if (!offer.IsFree && offer.PricePln is { } price) json["pricePln"] = price;
        List(json, "funding", offer.Funding);
        Put(json, "certificate", offer.Certificate);
        Put(json, "contactEmail", offer.ContactEmail);
        Put(json, "contactPhone", offer.ContactPhone);
        Put(json, "url", offer.Url);
        if (offer.Runs.Count > 0) json["runs"] = new JsonArray(offer.Runs.Select(Run).ToArray<JsonNode?>());
        if (offer.Locations.Count > 0) json["locations"] = new JsonArray(offer.Locations.Select(Location).ToArray<JsonNode?>());
        return json;
    }

    private static JsonObject Run(OfferRun run)
    {
        var json = new JsonObject();
        Put(json, "start", Date(run.Start));
        Put(json, "end", Date(run.End));
        Put(json, "enrolmentDeadline", Date(run.EnrolmentDeadline));
        if (run.Places is { } places) json["places"] = places;
        if (run.PricePln is { } price) json["pricePln"] = price;
        return json;
    }

    private static JsonObject Location(OfferLocation location)
    {
        var json = new JsonObject { ["city"] = location.City };
        Put(json, "address", location.Address);
        Put(json, "postalCode", location.PostalCode);
        Put(json, "gminaCode", location.GminaCode);
        Put(json, "powiatCode", location.PowiatCode);
        if (location.Latitude is { } latitude) json["latitude"] = latitude;
        if (location.Longitude is { } longitude) json["longitude"] = longitude;
        return json;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Put(JsonObject json, string name, string? value)
    {
        if (value is not null) json[name] = value;
    }

    private static void List(JsonObject json, string name, List<string> values)
    {
        if (values.Count > 0) json[name] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
    }
}
