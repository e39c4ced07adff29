using Microsoft.Extensions.Options;

namespace Catalogue.Tests.Hosting;

/// <summary>A wrong setting stops the catalogue at start with a message naming it, instead of misbehaving later.</summary>
public sealed class ConfigurationValidationTests
{
    [Theory]
    [InlineData("Feeds:ShrinkGuardShare", "2", "ShrinkGuardShare")]
    [InlineData("Feeds:Retries", "-1", "Retries")]
    [InlineData("RateLimits:AnonymousReads", "0", "AnonymousReads")]
    [InlineData("GraphQL:MaxCost", "0", "MaxCost")]
    [InlineData("Catalogue:AdminKeyHash", "not-a-hash", "AdminKeyHash")]
    [InlineData("Catalogue:MaxUploadBytes", "10", "MaxUploadBytes")]
    public void A_setting_out_of_range_stops_the_start_naming_the_setting(string key, string value, string named)
    {
        using var factory = new CatalogueApiFactory(CatalogueApiFactory.NewDataDirectory(), demoData: false).With(key, value);
        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
