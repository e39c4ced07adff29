using Catalogue.Providers;

namespace Catalogue.Api.Providers;

/// <summary>An institution that publishes offers.</summary>
/// <param name="Id">Provider id.</param>
/// <param name="Name">Name.</param>
/// <param name="Type">school, vocational-centre, university, training-company, ngo or public-institution (vocabulary <c>provider-types</c>).</param>
/// <param name="TypeLabel">The Polish name of the type.</param>
/// <param name="Identifiers">Official register numbers, where known.</param>
/// <param name="Address">Seat of the provider.</param>
/// <param name="Website">Website.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Phone">Phone number.</param>
/// <param name="ActiveOffers">How many active offers it publishes.</param>
/// <param name="IsDemo">True for the demonstration data loaded on first start: not a real institution.</param>
/// <param name="UpdatedAt">When the provider's record last changed.</param>
public sealed record ProviderResponse(
    string Id, string Name, string Type, string TypeLabel, ProviderIdentifiers Identifiers, ProviderAddress Address,
    string? Website, string? Email, string? Phone, int ActiveOffers, bool IsDemo, DateTimeOffset UpdatedAt);

/// <summary>Register numbers of a provider.</summary>
/// <param name="Regon">REGON (business register number).</param>
/// <param name="Nip">NIP (tax number).</param>
/// <param name="Rspo">RSPO id (register of schools and educational institutions).</param>
public sealed record ProviderIdentifiers(string? Regon, string? Nip, string? Rspo);

/// <summary>Postal address and position.</summary>
/// <param name="Street">Street and number.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="City">Town.</param>
/// <param name="PowiatCode">4-digit TERYT code of the powiat.</param>
/// <param name="PowiatName">Name of the powiat.</param>
/// <param name="Latitude">WGS84 latitude.</param>
/// <param name="Longitude">WGS84 longitude.</param>
public sealed record ProviderAddress(string? Street, string? PostalCode, string? City, string? PowiatCode, string? PowiatName, double? Latitude, double? Longitude);

/// <summary>A provider with the list of its active offers.</summary>
/// <param name="Provider">The provider.</param>
/// <param name="Offers">Its active offers, in short.</param>
public sealed record ProviderDetailResponse(ProviderResponse Provider, IReadOnlyList<OfferSummary> Offers);

/// <summary>An offer in short, as listed under its provider.</summary>
/// <param name="Id">Offer id.</param>
/// <param name="Title">Title.</param>
/// <param name="Sector">Sector code.</param>
/// <param name="Kind">Kind code.</param>
/// <param name="Mode">Delivery mode code.</param>
/// <param name="NextStart">The first start date among the offer's runs that is today or later.</param>
public sealed record OfferSummary(string Id, string Title, string Sector, string Kind, string Mode, DateOnly? NextStart);

internal static class ProviderMapping
{
    public static ProviderResponse ToResponse(this Provider p, int activeOffers, CatalogueVocabularies vocabularies) => new(
        p.Id, p.Name, p.Type, vocabularies.ProviderTypes.Find(p.Type)?.Label ?? p.Type,
        new ProviderIdentifiers(p.Regon, p.Nip, p.RspoId),
        new ProviderAddress(p.Address, p.PostalCode, p.City, p.PowiatCode,
            p.PowiatCode is null ? null : vocabularies.Powiats.Find(p.PowiatCode)?.Label, p.Latitude, p.Longitude),
        p.Website, p.Email, p.Phone, activeOffers, p.IsDemo, p.UpdatedAt);
}
