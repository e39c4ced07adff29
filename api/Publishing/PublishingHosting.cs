using Catalogue.Api.Publishing.Feeds;
using Catalogue.Api.Publishing.Offers;
using Catalogue.Api.Publishing.Uploads;

namespace Catalogue.Api.Publishing;

/// <summary>What providers publish with: their own offers, uploads and feed syncs.</summary>
internal static class PublishingHosting
{
    public static void AddPublishing(this IServiceCollection services)
    {
        services.AddSingleton<UploadQueue>();
        services.AddHostedService<UploadWorker>();
        services.AddSingleton<OfferLocks>();
        services.AddScoped<OwnOfferQueries>();
        services.AddScoped<OfferPublisher>();
        services.AddSingleton<FeedSyncTrigger>();
    }
}
