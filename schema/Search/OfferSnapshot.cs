using System.Text.Json;
using Catalogue.Offers;

namespace Catalogue.Search;

/// <summary>
/// The stored offer as the index keeps it beside its search fields, so that a page of results is answered from the
/// index alone, without a round trip to the store per search. Derived data like the rest of the index: rebuilt from
/// the store, and refreshed by the same drain that refreshes the searchable fields.
/// </summary>
public sealed record OfferSnapshot(LearningOffer Offer, string ProviderName, string ProviderType)
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static OfferSnapshot? Deserialize(string? payload) => payload is null ? null : JsonSerializer.Deserialize<OfferSnapshot>(payload, Json);

    public static OfferSnapshot? Deserialize(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize<OfferSnapshot>(utf8, Json);
}
