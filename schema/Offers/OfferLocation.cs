namespace Catalogue.Offers;

/// <summary>
/// Where an offer takes place. <c>PowiatCode</c> is the 4-digit TERYT code and <c>GminaCode</c> the 7-digit TERC code;
/// powiat and gmina are Polish administrative units with no exact English equivalent (county, commune).
/// </summary>
public sealed class OfferLocation
{
    public long Id { get; set; }
    public string OfferId { get; set; } = "";
    public string? Address { get; set; }
    public string? PostalCode { get; set; }
    public required string City { get; set; }
    public string? GminaCode { get; set; }
    public required string PowiatCode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
}
