namespace Catalogue.Tests.Search;

/// <summary>The result card the index keeps: what a result shows, read back whole, and a stored shape it does not know read as none.</summary>
public sealed class OfferCardTests
{
    private static readonly LearningOffer Offer = new()
    {
        Id = "of-card", ProviderId = "p-card", ExternalId = "card", Sector = Sector.Adult, Kind = "kurs", Title = "Kurs spawania MAG",
        Mode = "stacjonarne", Source = OfferSource.Feed, ContentHash = "h", PricePln = 1500.50m, ProfessionCodes = ["721306"],
        Runs = [new OfferRun { Start = new DateOnly(2027, 3, 1) }, new OfferRun { Start = new DateOnly(2027, 1, 10) }],
        Locations = [new OfferLocation { City = "Łódź", PowiatCode = "1061", Latitude = 51.76, Longitude = 19.46 }],
    };

    [Fact]
    public void A_card_carries_the_offer_and_its_provider_through_the_index_payload()
    {
        var card = OfferCard.Deserialize(OfferCard.From(Offer, new Provider { Id = "p-card", Name = "Ośrodek Spawalniczy", Type = "training-company" }).Serialize())!;

        Assert.Equal(("of-card", "Kurs spawania MAG", "Ośrodek Spawalniczy", "training-company"), (card.Id, card.Title, card.ProviderName, card.ProviderType));
        Assert.Equal(1500.50m, card.PricePln);
        Assert.Equal(["721306"], card.ProfessionCodes);
        Assert.Equal([new DateOnly(2027, 1, 10), new DateOnly(2027, 3, 1)], card.Runs.Select(r => r.Start!.Value));
        Assert.Equal((51.76, 19.46), (card.Locations[0].Latitude!.Value, card.Locations[0].Longitude!.Value));
    }

    [Fact]
    public void A_payload_of_the_former_entity_shape_is_no_card_so_the_store_answers_instead()
    {
        Assert.Null(OfferCard.Deserialize("""{"Offer":{"Id":"of-old","Title":"Stary kształt"},"ProviderName":"P","ProviderType":""}"""));
    }
}
