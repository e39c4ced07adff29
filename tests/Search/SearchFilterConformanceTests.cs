namespace Catalogue.Tests.Search;

/// <summary>Filters, facets, distance, sorting and paging: every hit satisfies every filter, checked against the store.</summary>
public abstract class SearchFilterConformanceTests<TFixture>(TFixture fixture) where TFixture : SearchCatalogueFixture
{
    protected TFixture Fixture { get; } = fixture;

    private Task<OfferSearchResult> Search(OfferQuery query) => Fixture.Index.SearchAsync(query, CancellationToken.None);

    private async Task<List<LearningOffer>> Offers(OfferQuery query)
    {
        var result = await Search(query with { PageSize = 100 });
        Assert.NotEmpty(result.Hits);
        return await Fixture.OffersAsync(result.Hits.Select(h => h.Id));
    }

    [SkippableFact]
    public async Task Every_filter_holds_for_every_hit()
    {
        var today = Fixture.Today;
        Assert.All(await Offers(new() { Sectors = [Sector.Higher] }), o => Assert.Equal(Sector.Higher, o.Sector));
        Assert.All(await Offers(new() { Kinds = ["technikum", "kkz"] }), o => Assert.Contains(o.Kind, new[] { "technikum", "kkz" }));
        Assert.All(await Offers(new() { Powiats = ["1014"] }), o => Assert.Contains(o.Locations, l => l.PowiatCode == "1014"));
        Assert.All(await Offers(new() { Cities = ["lodz"] }), o => Assert.Contains(o.Locations, l => l.City == "Łódź"));
        Assert.All(await Offers(new() { Levels = [6] }), o => Assert.Equal(6, o.PrkLevel));
        Assert.All(await Offers(new() { LevelMin = 4, LevelMax = 6 }), o => Assert.InRange(o.PrkLevel!.Value, 4, 6));
        Assert.All(await Offers(new() { Isced = ["06"] }), o => Assert.Contains(o.IscedCodes, c => c.StartsWith("06", StringComparison.Ordinal)));
        Assert.All(await Offers(new() { Professions = ["351203"] }), o => Assert.Contains("351203", o.ProfessionCodes));
        Assert.All(await Offers(new() { Qualifications = ["INF.02"] }), o => Assert.Contains("INF.02", o.QualificationCodes));
        Assert.All(await Offers(new() { Modes = ["online"] }), o => Assert.Equal("online", o.Mode));
        Assert.All(await Offers(new() { Languages = ["en"] }), o => Assert.Contains("en", o.Languages));
        Assert.All(await Offers(new() { Free = true }), o => Assert.True(o.IsFree));
        Assert.All(await Offers(new() { Free = false, PriceMax = 1000 }), o => Assert.InRange(o.PricePln!.Value, 0, 1000));
        Assert.All(await Offers(new() { Funding = ["kfs"] }), o => Assert.Contains("kfs", o.Funding));
        var from = today.AddDays(30);
        var to = today.AddDays(90);
        Assert.All(await Offers(new() { StartFrom = from, StartTo = to }), o => Assert.Contains(o.Runs, r => r.Start >= from && r.Start <= to));
        var month = today.AddMonths(1);
        Assert.All(await Offers(new() { StartMonths = [$"{month:yyyy-MM}"] }), o => Assert.Contains(o.Runs, r => r.Start?.Year == month.Year && r.Start?.Month == month.Month));
        Assert.All(await Offers(new() { Providers = [SearchCatalogueFixture.ProviderId] }), o => Assert.Equal(SearchCatalogueFixture.ProviderId, o.ProviderId));
        Assert.All(await Offers(new() { Sectors = [Sector.Vocational], Powiats = ["1061"], Kinds = ["technikum"] }), o =>
        {
            Assert.Equal(Sector.Vocational, o.Sector);
            Assert.Equal("technikum", o.Kind);
            Assert.Contains(o.Locations, l => l.PowiatCode == "1061");
        });
    }

    [SkippableFact]
    public async Task Withdrawn_offers_leave_default_search_and_are_found_by_status()
    {
        var withdrawn = SearchCatalogueFixture.IdOf(ConformanceOffers.WithdrawnId);
        Assert.DoesNotContain(withdrawn, (await Search(new() { Text = "kowalstwo artystyczne" })).Hits.Select(h => h.Id));
        var byStatus = await Search(new() { Text = "kowalstwo artystyczne", Status = OfferStatus.Withdrawn });
        Assert.Contains(withdrawn, byStatus.Hits.Select(h => h.Id));
    }

    [SkippableFact]
    public async Task Updated_since_keeps_only_recent_changes()
    {
        var all = await Search(new() { PageSize = 1 });
        var future = await Search(new() { PageSize = 1, UpdatedSince = TimeProvider.System.GetUtcNow().AddDays(1) });
        var past = await Search(new() { PageSize = 1, UpdatedSince = TimeProvider.System.GetUtcNow().AddDays(-1) });
        Assert.Equal(0, future.Total);
        Assert.Equal(all.Total, past.Total);
    }

    [SkippableFact]
    public async Task Distance_filters_by_radius_sorts_by_nearest_and_reports_kilometres()
    {
        var near = new GeoFilter(51.7644, 19.4631, 30, IncludeOnline: false);
        var result = await Search(new() { Near = near, Sort = OfferSort.Distance, PageSize = 100 });
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.InRange(h.DistanceKm!.Value, 0, 30));
        Assert.Equal(result.Hits.Select(h => h.DistanceKm).Order(), result.Hits.Select(h => h.DistanceKm));
        var far = await Search(new() { Near = near, Sort = OfferSort.Distance, Direction = SortDirection.Desc, PageSize = 5 });
        Assert.True(far.Hits[0].DistanceKm >= result.Hits[0].DistanceKm);

        var online = SearchCatalogueFixture.IdOf("kaligrafia-online");
        var sieradz = SearchCatalogueFixture.IdOf("kaligrafia-sieradz");
        var withOnline = await Search(new() { Text = "kaligrafia", Providers = [SearchCatalogueFixture.ProviderId], Near = near with { IncludeOnline = true } });
        Assert.Contains(online, withOnline.Hits.Select(h => h.Id));
        Assert.DoesNotContain(sieradz, withOnline.Hits.Select(h => h.Id));
        var withoutOnline = await Search(new() { Text = "kaligrafia", Providers = [SearchCatalogueFixture.ProviderId], Near = near with { RadiusKm = 100 } });
        Assert.Equal([sieradz], withoutOnline.Hits.Select(h => h.Id));
        Assert.InRange(withoutOnline.Hits[0].DistanceKm!.Value, 45, 60);
    }

    [SkippableFact]
    public async Task Sorts_order_by_start_price_title_and_update()
    {
        var today = Fixture.Today;
        var byStart = await Offers(new() { Sort = OfferSort.StartDate, Sectors = [Sector.Adult] });
        var starts = byStart.Select(o => o.Runs.Where(r => r.Start >= today).Min(r => r.Start)).ToList();
        Assert.Equal(starts.Order(), starts);
        var byPrice = await Offers(new() { Sort = OfferSort.Price, Free = false });
        Assert.Equal(byPrice.Select(o => o.PricePln).Order(), byPrice.Select(o => o.PricePln));
        var byPriceDesc = await Offers(new() { Sort = OfferSort.Price, Direction = SortDirection.Desc, Free = false });
        Assert.Equal(byPriceDesc.Select(o => o.PricePln).OrderDescending(), byPriceDesc.Select(o => o.PricePln));
        var polish = System.Globalization.CultureInfo.GetCultureInfo("pl-PL").CompareInfo;
        var byTitle = await Offers(new() { Sort = OfferSort.Title, Sectors = [Sector.Higher] });
        for (var i = 1; i < byTitle.Count; i++)
            Assert.True(polish.Compare(byTitle[i - 1].Title, byTitle[i].Title, System.Globalization.CompareOptions.IgnoreCase) <= 0, $"{byTitle[i - 1].Title} / {byTitle[i].Title}");
        var byUpdate = await Offers(new() { Sort = OfferSort.Updated });
        Assert.Equal(byUpdate.Select(o => o.UpdatedAt).OrderDescending(), byUpdate.Select(o => o.UpdatedAt));
    }

    [SkippableFact]
    public async Task Facets_count_with_their_own_filter_excluded()
    {
        var higher = await Search(new() { Sectors = [Sector.Higher], PageSize = 1 });
        var vocational = await Search(new() { Sectors = [Sector.Vocational], PageSize = 1 });
        var sectorFacet = higher.Facets.Single(f => f.Name == FacetNames.Sector);
        Assert.Equal(vocational.Total, sectorFacet.Values.Single(v => v.Value == "vocational").Count);
        Assert.Equal(higher.Total, sectorFacet.Values.Single(v => v.Value == "higher").Count);

        var kindFacet = higher.Facets.Single(f => f.Name == FacetNames.Kind);
        Assert.Equal(higher.Total, kindFacet.Values.Sum(v => v.Count));
        foreach (var value in kindFacet.Values)
            Assert.Equal(value.Count, (await Search(new() { Sectors = [Sector.Higher], Kinds = [value.Value], PageSize = 1 })).Total);
        Assert.Equal(FacetNames.All.OrderBy(n => n), higher.Facets.Select(f => f.Name).OrderBy(n => n));
        var powiats = (await Search(new() { PageSize = 1 })).Facets.Single(f => f.Name == FacetNames.Powiat);
        Assert.Equal(24, powiats.Values.Count);
    }

    [SkippableFact]
    public async Task Pages_and_cursor_walk_the_same_order_without_gaps_or_repeats()
    {
        var query = new OfferQuery { Sectors = [Sector.Adult], Sort = OfferSort.Title, PageSize = 25 };
        var all = await Search(query with { PageSize = 100 });
        var expected = all.Hits.Select(h => h.Id).ToList();
        var byPages = new List<string>();
        for (var page = 1; page <= 4; page++) byPages.AddRange((await Search(query with { Page = page })).Hits.Select(h => h.Id));
        Assert.Equal(expected, byPages);

        var byCursor = new List<string>();
        string? cursor = null;
        do
        {
            var result = await Search(query with { Cursor = cursor, PageSize = 40 });
            byCursor.AddRange(result.Hits.Select(h => h.Id));
            cursor = result.NextCursor;
        }
        while (cursor is not null);
        Assert.Equal(all.Total, byCursor.Count);
        Assert.Equal(byCursor.Count, byCursor.Distinct().Count());
        Assert.Equal(expected, byCursor.Take(100));
    }

    [SkippableFact]
    public async Task An_edited_offer_shows_its_new_card_in_the_next_search()
    {
        var directory = Path.Combine(Path.GetTempPath(), "catalogue-tests", Guid.NewGuid().ToString("N"));
        var index = Fixture.CreateEmptyIndex(directory);
        try
        {
            OfferDocument Offer(string title, long version) => new()
            {
                Id = "of-edited0000001", ProviderId = "p", ProviderName = "Dostawca", Sector = "adult", Kind = "kurs", KindLabel = "Kurs",
                Title = title, Mode = "online", Status = "active", UpdatedAt = DateTimeOffset.UnixEpoch.AddMinutes(version), Version = version,
                Payload = new OfferCard
                {
                    Id = "of-edited0000001", ExternalId = "e1", ProviderId = "p", Sector = Catalogue.Offers.Sector.Adult, Kind = "kurs", Title = title, Mode = "online",
                }.Serialize(),
            };
            await index.UpsertAsync([Offer("Kurs spawania metodą MIG", 1)], CancellationToken.None);
            await index.CommitAsync(1, CancellationToken.None);
            var before = await index.SearchAsync(new OfferQuery { Text = "spawanie" }, CancellationToken.None);
            Assert.Equal("Kurs spawania metodą MIG", Assert.Single(before.Hits).Card?.Title);

            await index.UpsertAsync([Offer("Kurs spawania metodą TIG", 2)], CancellationToken.None);
            await index.CommitAsync(2, CancellationToken.None);
            var after = await index.SearchAsync(new OfferQuery { Text = "spawanie" }, CancellationToken.None);
            Assert.Equal("Kurs spawania metodą TIG", Assert.Single(after.Hits).Card?.Title);
        }
        finally
        {
            (index as IDisposable)?.Dispose();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    [SkippableFact]
    public async Task Total_is_exact_up_to_ten_thousand_then_a_lower_bound()
    {
        var directory = Path.Combine(Path.GetTempPath(), "catalogue-tests", Guid.NewGuid().ToString("N"));
        var index = Fixture.CreateEmptyIndex(directory);
        try
        {
            var documents = Enumerable.Range(0, OfferSearchResult.TotalLimit + 5).Select(i => new OfferDocument
            {
                Id = $"of-synthetic{i:D7}", ProviderId = "p", ProviderName = "Dostawca", Sector = "adult", Kind = "kurs", KindLabel = "Kurs",
                Title = $"Kurs numer {i}", Mode = "online", Status = "active", UpdatedAt = DateTimeOffset.UnixEpoch.AddMinutes(i), Version = 1,
            }).ToList();
            await index.UpsertAsync(documents, CancellationToken.None);
            await index.CommitAsync(1, CancellationToken.None);
            var result = await index.SearchAsync(new OfferQuery { PageSize = 1 }, CancellationToken.None);
            Assert.True(result.TotalIsLowerBound);
            Assert.Equal(OfferSearchResult.TotalLimit, result.Total);
            var exact = await index.SearchAsync(new OfferQuery { Text = "numer 7", PageSize = 1 }, CancellationToken.None);
            Assert.False(exact.TotalIsLowerBound);
            Assert.Equal(1, exact.Total);
        }
        finally
        {
            (index as IDisposable)?.Dispose();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }
}
