namespace Catalogue.Tests.Feeds;

/// <summary>Sync semantics on a real SQLite store: what a provider's feed may and may not do to the catalogue.</summary>
public sealed class FeedApplierTests : IAsyncLifetime
{
    private const string Provider = "test-school";
    private IndexingHarness _harness = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _harness = await IndexingHarness.StartAsync();
        _services = _harness.Services;
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProviderWriter>().UpsertAsync([new ProviderDraft(Provider, "Szkoła Testowa", "school")], false, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private static FeedOffer Offer(string id, string title = "Kurs obsługi kasy fiskalnej") =>
        new() { ExternalId = id, Sector = "adult", Kind = "kurs", Title = title, Mode = "online" };

    private static FeedDocument Feed(bool complete, params FeedOffer[] offers) =>
        new(complete, offers.Select((o, i) => o with { Row = i + 1 }).ToList(), [], offers.Length);

    private async Task<SyncRun> Apply(FeedDocument feed)
    {
        await using var scope = _services.CreateAsyncScope();
        var run = new SyncRun { ProviderId = Provider, Origin = "test", StartedAt = _harness.Clock.GetUtcNow() };
        return await scope.ServiceProvider.GetRequiredService<FeedApplier>().ApplyAsync(Provider, feed, run, OfferSource.Feed, CancellationToken.None);
    }

    private async Task<Dictionary<string, OfferStatus>> Statuses()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Offers.ToDictionaryAsync(o => o.ExternalId, o => o.Status);
    }

    private async Task<int> Changes()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().OfferChanges.CountAsync();
    }

    [Fact]
    public async Task A_feed_creates_offers_and_the_same_feed_again_changes_nothing()
    {
        var first = await Apply(Feed(true, Offer("a"), Offer("b"), Offer("c")));
        Assert.Equal((SyncOutcome.Succeeded, 3, 0), (first.Outcome, first.Created, first.Updated));
        var changes = await Changes();

        var again = await Apply(Feed(true, Offer("a"), Offer("b"), Offer("c")));
        Assert.Equal((3, 0, 0), (again.Unchanged, again.Created, again.Updated));
        Assert.Equal(changes, await Changes());

        var edited = await Apply(Feed(true, Offer("a"), Offer("b", "Kurs obsługi kasy fiskalnej – poziom II"), Offer("c")));
        Assert.Equal((1, 2), (edited.Updated, edited.Unchanged));
    }

    [Fact]
    public async Task Only_a_complete_feed_withdraws_what_it_no_longer_lists_and_the_offer_is_kept()
    {
        await Apply(Feed(true, Offer("a"), Offer("b"), Offer("c")));
        var partial = await Apply(Feed(false, Offer("a"), Offer("b")));
        Assert.Equal(0, partial.Withdrawn);
        var complete = await Apply(Feed(true, Offer("a"), Offer("b")));
        Assert.Equal(1, complete.Withdrawn);
        var statuses = await Statuses();
        Assert.Equal(OfferStatus.Withdrawn, statuses["c"]);
        Assert.Equal(OfferStatus.Active, statuses["a"]);
    }

    [Fact]
    public async Task An_empty_feed_or_one_that_shrinks_by_more_than_half_is_held_and_changes_nothing()
    {
        await Apply(Feed(true, Offer("a"), Offer("b"), Offer("c"), Offer("d")));
        var before = await Changes();

        var empty = await Apply(Feed(true));
        Assert.Equal(SyncOutcome.Held, empty.Outcome);
        Assert.Contains("nothing was withdrawn", empty.Reason);

        var shrunk = await Apply(Feed(true, Offer("a")));
        Assert.Equal(SyncOutcome.Held, shrunk.Outcome);
        Assert.Contains("3 of 4", shrunk.Reason);

        Assert.Equal(before, await Changes());
        Assert.All((await Statuses()).Values, s => Assert.Equal(OfferStatus.Active, s));
    }

    [Fact]
    public async Task A_rejected_record_is_reported_and_its_offer_stays_as_it_was()
    {
        await Apply(Feed(true, Offer("a"), Offer("b")));
        var run = await Apply(Feed(true, Offer("a"), Offer("b") with { Mode = "teleport" }, Offer("c")));
        Assert.Equal(SyncOutcome.Succeeded, run.Outcome);
        Assert.Equal((1, 0, 1), (run.Created, run.Withdrawn, run.Rejected));
        var reject = Assert.Single(run.Rejects);
        Assert.Equal((2, "mode"), (reject.Row, reject.Field));
        Assert.Equal(OfferStatus.Active, (await Statuses())["b"]);
    }

    [Theory]
    [InlineData(4, 1, 0, true, 2, null)]        // exactly half withdrawn: applied
    [InlineData(4, 1, 0, true, 3, "3 of 4")]    // more than half: held
    [InlineData(4, 0, 0, true, 0, "lists no offer")]
    [InlineData(4, 0, 1, true, 0, "Every record")]   // every record rejected: a broken export, held
    [InlineData(0, 0, 1, true, 0, "Every record")]   // even for a provider with nothing to lose: not a success
    [InlineData(4, 0, 1, false, 0, null)]       // a partial feed of rejects withdraws nothing and applies what it can
    [InlineData(4, 0, 0, false, 0, null)]       // a partial feed withdraws nothing
    [InlineData(0, 0, 0, true, 0, null)]        // a new provider has nothing to lose
    public void The_shrink_guard_holds_only_a_complete_document_that_is_all_invalid_or_would_empty_or_halve_the_provider(
        int active, int valid, int rejected, bool complete, int withdraw, string? held)
    {
        var normaliser = new OfferNormaliser(new CatalogueVocabularies());
        var drafts = Enumerable.Range(1, valid).Select(i => normaliser.Normalise(Offer($"v{i}")).Draft!).ToList();
        var problems = Enumerable.Range(1, rejected).Select(i => new RecordProblem(i, "mode", "bad")).ToList();
        var reason = ShrinkGuard.HoldReason(active, new NormalisedFeed(drafts, problems, new HashSet<string>()), complete, withdraw, share: 0.5);
        if (held is null) Assert.Null(reason);
        else Assert.Contains(held, reason, StringComparison.Ordinal);
    }
}
