using Catalogue.Feeds;
using Catalogue.Indexer.Demo;
using Catalogue.Offers;
using Catalogue.Providers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Catalogue.Bench;

/// <summary>
/// What the soak writes while it reads: a provider's JSON feed served on loopback, whose every version retitles a
/// twentieth of its offers (so that each re-sync applies real changes and the index drains them), and the CSV
/// documents another provider uploads, each retitling a tenth of its offers.
/// </summary>
internal sealed class SoakFeed : IAsyncDisposable
{
    public static readonly ProviderDraft FeedProvider = new("soak-feed", "Centrum szkoleń (soak, feed)", "training-company");
    public static readonly ProviderDraft UploadProvider = new("soak-upload", "Szkoła (soak, uploads)", "training-company");

    private readonly WebApplication _server;
    private readonly List<OfferDraft> _feedOffers;
    private readonly List<OfferDraft> _uploadOffers;
    private volatile byte[] _document;
    private int _feedVersion;
    private int _uploadVersion;

    private SoakFeed(WebApplication server, List<OfferDraft> feedOffers, List<OfferDraft> uploadOffers)
    {
        _server = server;
        _feedOffers = feedOffers;
        _uploadOffers = uploadOffers;
        _document = DemoFeeds.Render(FeedProvider, FeedFormat.Json, feedOffers);
    }

    public string Url { get; private set; } = "";

    public static async Task<SoakFeed> StartAsync(int feedOffers, int uploadOffers)
    {
        var drafts = Drafts(feedOffers + uploadOffers);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var feed = new SoakFeed(builder.Build(),
            [.. drafts.Take(feedOffers).Select((d, i) => d with { ExternalId = $"SF-{i}" })],
            [.. drafts.Skip(feedOffers).Select((d, i) => d with { ExternalId = $"SU-{i}" })]);
        feed._server.MapGet("/feed", async (HttpContext context) =>
        {
            var document = feed._document;
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(document);
        });
        await feed._server.StartAsync();
        feed.Url = feed._server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/feed";
        return feed;
    }

    /// <summary>Publishes the next version of the feed: a twentieth of the offers get a new title.</summary>
    public void NextFeedVersion()
    {
        var version = Interlocked.Increment(ref _feedVersion);
        _document = DemoFeeds.Render(FeedProvider, FeedFormat.Json, Retitled(_feedOffers, version, 20));
    }

    /// <summary>The next CSV upload: all the upload provider's offers, a tenth of them retitled.</summary>
    public byte[] NextUpload() => DemoFeeds.Render(UploadProvider, FeedFormat.Csv, Retitled(_uploadOffers, Interlocked.Increment(ref _uploadVersion), 10));

    private static List<OfferDraft> Retitled(List<OfferDraft> offers, int version, int every) =>
        [.. offers.Select((d, i) => i % every == version % every ? d with { Title = $"{d.Title} (wersja {version})" } : d)];

    private static List<OfferDraft> Drafts(int count)
    {
        var vocabularies = new CatalogueVocabularies();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        return [.. Enumerable.Range(0, 100)
            .SelectMany(region => DemoCatalogue.Generate(today, vocabularies, 20261203 + region).OffersByProvider.Values.SelectMany(d => d))
            .Take(count)];
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
