namespace Catalogue.Providers;

/// <summary>A provider as an admin (or the demo generator) registers it; the store sets timestamps.</summary>
public sealed record ProviderDraft(string Id, string Name, string Type)
{
    public string? Regon { get; init; }
    public string? Nip { get; init; }
    public string? RspoId { get; init; }
    public string? Address { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }
    public string? PowiatCode { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Website { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
}
