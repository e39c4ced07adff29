using System.Text;
using Catalogue.Feeds;
using Catalogue.Providers;
using Catalogue.Store;
using Catalogue.Tests.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Feeds;

/// <summary>A catalogue killed (SIGKILL) in the middle of a feed sync loses nothing: after a restart store and index agree.</summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task Killed_mid_sync_the_catalogue_restarts_with_store_and_index_in_agreement()
    {
        var directory = CatalogueApiFactory.NewDataDirectory();
        try
        {
            using (var first = CatalogueProcess.Start(directory, new Dictionary<string, string> { ["Catalogue__DemoData"] = "false" }))
            {
                Assert.True(await first.WaitForOutputAsync("Catalogue ready", TimeSpan.FromSeconds(60)), first.Output);
                first.Kill();
            }
            var feedFile = Path.Combine(directory, "feed.json");
            await File.WriteAllTextAsync(feedFile, BigFeed(3000));
            await using (var db = Store(directory))
            {
                db.Providers.Add(new Provider { Id = "crash-provider", Name = "Ośrodek Szkoleniowy Awaria", Type = "training-company" });
                db.ProviderFeeds.Add(new ProviderFeed { ProviderId = "crash-provider", Url = feedFile, Format = FeedFormat.Json });
                await db.SaveChangesAsync();
            }

            using (var second = CatalogueProcess.Start(directory, new Dictionary<string, string> { ["Catalogue__DemoData"] = "false" }))
            {
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (DateTime.UtcNow < deadline && !await SyncStartedAsync(directory)) await Task.Delay(20);
                await Task.Delay(Random.Shared.Next(0, 400));
                second.Kill();
            }

            using var third = CatalogueProcess.Start(directory, new Dictionary<string, string> { ["Catalogue__DemoData"] = "false" });
            Assert.True(await third.WaitForOutputAsync("Catalogue ready", TimeSpan.FromSeconds(60)), third.Output);
            var url = third.ListeningUrl() ?? throw new InvalidOperationException(third.Output);
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            var sync = DateTime.UtcNow.AddSeconds(120);
            int stored;
            long indexed;
            do
            {
                await Task.Delay(200);
                await using var db = Store(directory);
                stored = await db.Offers.CountAsync(o => o.Status == Catalogue.Offers.OfferStatus.Active);
                indexed = (await client.GetJsonAsync("/api/v1/offers?pageSize=1&facets=false")).Get<long>("total");
            }
            while ((stored != 3000 || indexed != stored) && DateTime.UtcNow < sync);
            Assert.Equal(3000, stored);
            Assert.Equal(stored, indexed);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, true); } catch (IOException) { }
        }
    }

    private static async Task<bool> SyncStartedAsync(string directory)
    {
        await using var db = Store(directory);
        return await db.SyncRuns.AnyAsync();
    }

    private static CatalogueDbContext Store(string directory)
    {
        var options = new DbContextOptionsBuilder<CatalogueDbContext>();
        StoreServiceCollectionExtensions.Configure(options, StoreServiceCollectionExtensions.ConnectionString(directory));
        return new CatalogueDbContext(options.Options);
    }

    private static string BigFeed(int count)
    {
        var json = new StringBuilder("{\"version\":1,\"offers\":[");
        for (var i = 0; i < count; i++)
        {
            if (i > 0) json.Append(',');
            json.Append($"{{\"externalId\":\"K-{i}\",\"sector\":\"adult\",\"kind\":\"szkolenie\",\"title\":\"Szkolenie z obsługi programu {i}\",\"mode\":\"stacjonarne\",\"locations\":[{{\"city\":\"Sieradz\"}}],\"runs\":[{{\"start\":\"2027-0{1 + i % 9}-10\"}}]}}");
        }
        return json.Append("]}").ToString();
    }
}
