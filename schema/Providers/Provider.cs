namespace Catalogue.Providers;

/// <summary>
/// An institution that publishes offers: a school, a vocational centre (CKZ/CKU), a university, a training firm,
/// an NGO or a public institution. REGON and NIP are Polish business and tax numbers; RSPO is the register of schools.
/// </summary>
public sealed class Provider
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Type { get; set; }
    public string? Regon { get; set; }
    public string? Nip { get; set; }
    public string? RspoId { get; set; }
    public string? Address { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? PowiatCode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Website { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
