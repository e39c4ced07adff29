namespace Catalogue.Tests.Feeds;

/// <summary>schema.org JSON-LD as providers embed it in their pages, read into the catalogue's offers.</summary>
public sealed class JsonLdFeedReaderTests
{
    private static readonly OfferNormaliser Normaliser = new(new CatalogueVocabularies());

    /// <summary>A training firm's course page: an Organization block and an ItemList of courses with instances.</summary>
    private const string CoursePage = """
        <!doctype html><html lang="pl"><head><title>Kursy</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Centrum Szkoleń Spawalniczych"}</script>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"ItemList","itemListElement":[
          {"@type":"ListItem","position":1,"item":{
            "@type":"Course","identifier":"MAG-135","name":"Kurs spawania metodą MAG (135)","occupationalCategory":{"@type":"CategoryCode","codeValue":"721306","inCodeSet":"KZiS"},
            "description":"<p>Przygotowanie do egzaminu spawacza.</p><script>alert(1)<\/script>",
            "teaches":["spawanie blach i rur metodą MAG"],"inLanguage":"pl-PL","timeRequired":"PT145H",
            "educationalCredentialAwarded":"Świadectwo egzaminu spawacza",
            "additionalProperty":[{"@type":"PropertyValue","name":"iscedCodes","value":"0715"},{"@type":"PropertyValue","name":"funding","value":["kfs","bur"]}],
            "hasCourseInstance":[
              {"@type":"CourseInstance","courseMode":"onsite","startDate":"2027-02-08","endDate":"2027-03-19","maximumAttendeeCapacity":10,
               "offers":{"@type":"Offer","price":"2 800,00","priceCurrency":"PLN"},
               "location":{"@type":"Place","name":"Hala szkoleniowa","address":{"@type":"PostalAddress","streetAddress":"ul. Zamkowa 3","postalCode":"95-200","addressLocality":"Pabianice"}}},
              {"@type":"CourseInstance","courseMode":"onsite","startDate":"2027-04-12T08:00:00+02:00","offers":{"@type":"Offer","price":3000,"priceCurrency":"PLN"},
               "location":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Pabianice"}}}]}},
          {"@type":"ListItem","position":2,"item":{"@type":"Course","identifier":"EXCEL-ONLINE","name":"Excel w pracy biurowej",
            "isAccessibleForFree":true,"hasCourseInstance":{"@type":"CourseInstance","courseMode":"online","location":{"@type":"VirtualLocation","url":"https://szkolenia.example/excel"}}}}
        ]}
        </script></head><body>…</body></html>
        """;

    /// <summary>A university's programmes in one @graph, the instances referenced by @id.</summary>
    private const string UniversityGraph = """
        {"@context":"https://schema.org","@graph":[
          {"@id":"#prog-inf","@type":"EducationalOccupationalProgram","name":"Informatyka","programType":"Studia I stopnia (inżynierskie)",
           "educationalProgramMode":"full-time","timeToComplete":"P3Y6M","educationalLevel":"PRK 6",
           "startDate":"2027-10-01","applicationDeadline":"2027-07-15","maximumEnrollment":120,"offers":{"@type":"Offer","price":0,"priceCurrency":"PLN"},
           "location":{"@id":"#kampus"}},
          {"@id":"#kampus","@type":"Place","address":{"@type":"PostalAddress","streetAddress":"ul. Stefanowskiego 1/15","addressLocality":"Łódź"},
           "geo":{"@type":"GeoCoordinates","latitude":51.7537,"longitude":19.4526}},
          {"@id":"#podyplomowe-bhp","@type":"EducationalOccupationalProgram","name":"Bezpieczeństwo i higiena pracy","programType":"Studia podyplomowe",
           "educationalProgramMode":"part-time","startDate":"2027-13-01","location":"Łódź"}
        ]}
        """;

    [Fact]
    public void Courses_embedded_in_an_html_page_become_offers_with_their_runs_prices_and_places()
    {
        var document = JsonLdFeedReader.Read(Encoding.UTF8.GetBytes(CoursePage));
        Assert.Equal(2, document.Seen);
        Assert.Empty(document.Problems);

        var (welding, problems) = Normaliser.Normalise(document.Offers[0]);
        Assert.Empty(problems);
        Assert.Equal(("MAG-135", "kurs", Catalogue.Offers.Sector.Adult, "stacjonarne"), (welding!.ExternalId, welding.Kind, welding.Sector, welding.Mode));
        Assert.Equal(2800m, welding.PricePln);
        Assert.Equal([2800m, 3000m], welding.Runs.Select(r => r.PricePln!.Value));
        Assert.Equal(new DateOnly(2027, 4, 12), welding.Runs[1].Start);
        Assert.Equal(10, welding.Runs[0].Places);
        var place = Assert.Single(welding.Locations);
        Assert.Equal(("Pabianice", "1008", "ul. Zamkowa 3"), (place.City, place.PowiatCode, place.Address));
        Assert.Equal(["0715"], welding.IscedCodes);
        Assert.Equal(["kfs", "bur"], welding.Funding);
        Assert.Equal(["721306"], welding.ProfessionCodes);
        Assert.Equal(145, welding.DurationHours);
        Assert.DoesNotContain("script", welding.Description, StringComparison.OrdinalIgnoreCase);

        var (excel, _) = Normaliser.Normalise(document.Offers[1]);
        Assert.Equal(("online", true, true), (excel!.Mode, excel.IsOnline, excel.IsFree));
    }

    [Fact]
    public void Programmes_in_a_graph_take_their_kind_level_and_place_from_schema_org_words_and_bad_dates_are_rejected_by_property()
    {
        var document = JsonLdFeedReader.Read(Encoding.UTF8.GetBytes(UniversityGraph));
        Assert.Equal(2, document.Seen);

        var (informatics, problems) = Normaliser.Normalise(Assert.Single(document.Offers));
        Assert.Empty(problems);
        Assert.Equal(("prog-inf", "studia-i", Catalogue.Offers.Sector.Higher, 6, 7), (informatics!.ExternalId, informatics.Kind, informatics.Sector, informatics.PrkLevel, informatics.DurationSemesters));
        Assert.True(informatics.IsFree);
        var run = Assert.Single(informatics.Runs);
        Assert.Equal((new DateOnly(2027, 10, 1), new DateOnly(2027, 7, 15), 120), (run.Start, run.EnrolmentDeadline, run.Places));
        var campus = Assert.Single(informatics.Locations);
        Assert.Equal(("Łódź", "1061", 51.7537), (campus.City, campus.PowiatCode, campus.Latitude));

        var problem = Assert.Single(document.Problems);
        Assert.Equal((2, "startDate"), (problem.Row, problem.Field));
        Assert.Contains("2027-13-01", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["podyplomowe-bhp"], document.RejectedExternalIds);
    }

    [Fact]
    public void A_price_in_another_currency_is_rejected_and_a_programme_without_a_kind_is_named_by_the_validator()
    {
        var document = JsonLdFeedReader.Read(Encoding.UTF8.GetBytes("""
            [{"@context":"https://schema.org","@type":"Course","identifier":"EUR-1","name":"Kurs w euro","location":"Łódź","offers":{"price":"100","priceCurrency":"EUR"}},
             {"@context":"https://schema.org","@type":"EducationalOccupationalProgram","identifier":"P-1","name":"Program bez rodzaju","location":"Łódź"}]
            """));
        Assert.Equal("offers.priceCurrency", Assert.Single(document.Problems).Field);
        var (draft, problems) = Normaliser.Normalise(Assert.Single(document.Offers));
        Assert.Null(draft);
        Assert.Contains(problems, p => p.Field == "kind");
    }

    [Theory]
    [InlineData("<html><body>Przerwa techniczna</body></html>")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"Course\",\"name\":")]
    public void A_page_without_json_ld_or_a_broken_document_is_unusable_as_a_whole(string body) =>
        Assert.Throws<FeedFormatException>(() => JsonLdFeedReader.Read(Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("learning-offers.example.html", 2)]
    [InlineData("learning-offers.example.csv", 2)]
    public void The_documented_csv_and_json_ld_examples_read_and_validate_without_a_problem(string file, int offers)
    {
        var body = File.ReadAllBytes(Path.Combine(Catalogue.Tests.OpenApi.RepositoryRoot.Path, "schema", "examples", file));
        var document = file.EndsWith(".csv", StringComparison.Ordinal) ? CsvFeedReader.Read(new MemoryStream(body)) : JsonLdFeedReader.Read(body);
        Assert.Empty(document.Problems);
        Assert.Equal(offers, document.Offers.Count);
        Assert.All(document.Offers, offer => Assert.Empty(Normaliser.Normalise(offer).Problems));
    }

    [Fact]
    public void A_village_the_vocabularies_do_not_list_is_placed_by_the_powiat_code_in_addressRegion()
    {
        var document = JsonLdFeedReader.Read(Encoding.UTF8.GetBytes("""
            {"@context":"https://schema.org","@type":"Course","identifier":"BOL-1","name":"Warsztaty pszczelarskie",
             "location":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Bolimów","addressRegion":"1015"}}}
            """));
        var (draft, problems) = Normaliser.Normalise(Assert.Single(document.Offers));
        Assert.Empty(problems);
        Assert.Equal(("Bolimów", "1015"), (draft!.Locations[0].City, draft.Locations[0].PowiatCode));
    }
}
