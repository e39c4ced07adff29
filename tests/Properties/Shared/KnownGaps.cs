namespace Catalogue.Tests.Properties;

/// <summary>A mismatch between the document and the API that is known and being fixed: which operation ("*" for all), which kind of violation, which input ("*" for any), and why it is tolerated.</summary>
internal sealed record KnownGap(string Operation, string Kind, string Slot, string Reason)
{
    /// <summary>Whether this gap excuses one input (<paramref name="slot"/>) of a violation of <paramref name="operation"/>.</summary>
    public bool Excuses(DocumentedOperation operation, Violation violation, string slot) =>
        (Operation == "*" || Operation == operation.Name) && Kind == violation.Kind && (Slot == "*" || Names(slot));

    /// <summary>A slot is named by a token of <see cref="Slot"/> itself or as its prefix (<c>body</c> names <c>body:title</c>, <c>runs</c> names <c>runs[0].start</c>).</summary>
    private bool Names(string slot) => Slot.Split(' ').Any(token => slot == token
        || (slot.StartsWith(token, StringComparison.Ordinal) && slot[token.Length] is ':' or '.' or '['));
}

/// <summary>
/// The mismatches the properties found that are not fixed yet. Keep this list short and each entry specific; remove an
/// entry as soon as its fix lands (the run reports entries nothing needed). Never add a <c>5xx</c> here.
/// </summary>
internal static class KnownGaps
{
    /// <summary>The gaps that excuse every input a violation names (a 400 naming three parameters needs all three excused), or null.</summary>
    public static IReadOnlyList<KnownGap>? Excusing(DocumentedOperation operation, Violation violation)
    {
        if (violation.Kind == "5xx") return null;
        var used = new List<KnownGap>();
        foreach (var slot in violation.Slot.Split(','))
        {
            if (All.FirstOrDefault(g => g.Excuses(operation, violation, slot)) is not { } gap) return null;
            used.Add(gap);
        }
        return used;
    }

    private const string Offers = "GET /api/v1/offers";
    private const string PutOffer = "PUT /api/v1/providers/{providerId}/offers/{externalId}";
    private const string PatchOffer = "PATCH /api/v1/providers/{providerId}/offers/{externalId}";

    public static readonly IReadOnlyList<KnownGap> All =
    [
        // Rules between inputs, or against data, that a schema cannot state; the descriptions state them.
        new(Offers, "valid-refused", "radiusKm", "radiusKm needs near or nearTown (cross-parameter rule, in the description)"),
        new(Offers, "valid-refused", "startTo", "startFrom may not be after startTo (cross-parameter rule)"),
        new(Offers, "valid-refused", "levelMax", "levelMax may not be below levelMin (cross-parameter rule)"),
        new(Offers, "valid-refused", "sort", "sort=distance needs near or nearTown (cross-parameter rule)"),
        new(Offers, "valid-refused", "page", "page × pageSize may not exceed 10,000 (cross-parameter rule; past it, follow nextCursor)"),
        new(Offers, "valid-refused", "cursor", "a cursor is opaque: only one the API issued is accepted"),
        new(Offers, "valid-refused", "nearTown", "nearTown is a town of the region from a vocabulary too long for an enum"),
        new(PutOffer, "valid-refused", "kind", "the kind must belong to the sector (cross-field rule of the feed schema's prose)"),
        new(PatchOffer, "valid-refused", "kind", "the kind must belong to the sector (cross-field rule of the feed schema's prose)"),
        new(PutOffer, "valid-refused", "runs", "a run may not end before it starts (cross-field rule)"),
        new(PatchOffer, "valid-refused", "runs", "a run may not end before it starts (cross-field rule)"),
        new(PutOffer, "valid-refused", "externalId", "the body's externalId must be the URL's (cross-field rule)"),
        new(PatchOffer, "valid-refused", "externalId", "the body's externalId must be the URL's; it cannot be changed (cross-field rule)"),
        new(PutOffer, "valid-refused", "kind iscedCodes professionCodes qualificationCodes disciplines locations", "codes and towns must exist in their vocabularies; the feed schema does not enumerate them"),
        new(PatchOffer, "valid-refused", "kind iscedCodes professionCodes qualificationCodes disciplines locations", "codes and towns must exist in their vocabularies; the feed schema does not enumerate them"),
        // Open at the time of writing (reported to the integrator); remove when fixed.
        new("POST /api/v1/providers/{providerId}/feeds", "valid-refused", "url", "the feed url is documented as any string of 1–2000 characters, not as an absolute http(s) URI"),
        new("PUT /api/v1/providers/{providerId}/feeds/{feedId}", "valid-refused", "url", "the feed url is documented as any string of 1–2000 characters, not as an absolute http(s) URI"),
        new(Offers, "valid-refused", "priceMax", "priceMax is documented as any number ≥ 0; the API refuses exponent notation (1.6E+18) and has an unstated maximum"),
        new(PutOffer, "valid-refused", "pricePln", "pricePln: the API refuses values the feed schema allows (exponent notation or an unstated maximum)"),
        new(PatchOffer, "valid-refused", "pricePln", "pricePln: the API refuses values the feed schema allows (exponent notation or an unstated maximum)"),
        new(PatchOffer, "valid-refused", "(offer)", "the patch schema allows null (remove) on members the merged offer requires (kind, title, …); the merged offer is then refused"),
        new("*", "invalid-accepted", "query:page query:pageSize query:limit", "an integer with surrounding blanks ('1 ') is read as the integer; the document's type says it is not one"),
        new("*", "invalid-accepted", "unknown-query:PAGE", "query parameter names are matched case-insensitively (PAGE is taken as page); the document's names are exact"),
    ];
}
