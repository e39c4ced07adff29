namespace Catalogue.Tests.Feeds;

public sealed class OfferNormaliserTests
{
    private static readonly OfferNormaliser Normaliser = new(new CatalogueVocabularies());

    private static FeedOffer Valid => new()
    {
        Row = 7, ExternalId = " KURS-1 ", Sector = "adult", Kind = "kurs", Title = "  Kurs   księgowości\n od podstaw ", Mode = "stacjonarne",
        Locations = [new FeedLocation("lodz")],
    };

    [Fact]
    public void A_valid_record_is_normalised_and_placed_in_its_powiat()
    {
        var (draft, problems) = Normaliser.Normalise(Valid with { QualificationCodes = ["inf.02"], PricePln = 1200 });
        Assert.Empty(problems);
        Assert.Equal("KURS-1", draft!.ExternalId);
        Assert.Equal("Kurs księgowości od podstaw", draft.Title);
        Assert.Equal(["INF.02"], draft.QualificationCodes);
        var location = Assert.Single(draft.Locations);
        Assert.Equal(("Łódź", "1061", "1061011"), (location.City, location.PowiatCode, location.GminaCode));
        Assert.NotNull(location.Latitude);
        Assert.Equal(["pl"], draft.Languages);
    }

    [Theory]
    [InlineData("kind", "studia-i")]
    [InlineData("mode", "teleportacja")]
    [InlineData("qualificationCodes", "XYZ.99")]
    [InlineData("url", "javascript:alert(1)")]
    [InlineData("contactEmail", "nie-mail")]
    [InlineData("locations[0].powiatCode", "Atlantyda")]
    public void A_wrong_value_is_rejected_naming_the_row_and_field(string field, string value)
    {
        var offer = field switch
        {
            "kind" => Valid with { Kind = value },
            "mode" => Valid with { Mode = value },
            "qualificationCodes" => Valid with { QualificationCodes = [value] },
            "url" => Valid with { Url = value },
            "contactEmail" => Valid with { ContactEmail = value },
            _ => Valid with { Locations = [new FeedLocation(value)] },
        };
        var (draft, problems) = Normaliser.Normalise(offer);
        Assert.Null(draft);
        var problem = Assert.Single(problems);
        Assert.Equal((7, field), (problem.Row, problem.Field));
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Fact]
    public void Html_is_cut_to_the_allow_list_and_never_keeps_scripts_handlers_or_javascript_links()
    {
        var (draft, _) = Normaliser.Normalise(Valid with
        {
            Description = "<p onclick=\"x()\">Kurs <b>praktyczny</b><script>alert(1)</script> <a href=\"javascript:alert(1)\">zły</a> <a href=\"https://example.org\">dobry</a><img src=x onerror=y></p>",
        });
        var html = draft!.Description!;
        Assert.Contains("<b>praktyczny</b>", html);
        Assert.Contains("href=\"https://example.org\"", html);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_offer_on_site_needs_a_place_and_runs_must_end_after_they_start()
    {
        var (_, problems) = Normaliser.Normalise(Valid with
        {
            Locations = [],
            Runs = [new FeedRun(new DateOnly(2027, 3, 1), new DateOnly(2027, 2, 1))],
        });
        Assert.Contains(problems, p => p.Field == "locations");
        Assert.Contains(problems, p => p.Field == "runs[0].end");
        var (online, onlineProblems) = Normaliser.Normalise(Valid with { Mode = "online", Locations = [] });
        Assert.Empty(onlineProblems);
        Assert.True(online!.IsOnline);
    }

    [Fact]
    public void A_kind_of_another_sector_and_a_free_offer_with_a_price_are_contradictions()
    {
        var (_, problems) = Normaliser.Normalise(Valid with { Kind = "technikum", IsFree = true, PricePln = 100 });
        Assert.Contains(problems, p => p.Field == "kind" && p.Message.Contains("vocational", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "pricePln");
    }
}
