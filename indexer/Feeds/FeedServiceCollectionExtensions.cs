using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Catalogue.Indexer.Feeds;

public static class FeedServiceCollectionExtensions
{
    /// <summary>The feed pipeline: options from <c>Feeds</c>, the one validator, the applier, and the HTTP client with retries.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FeedOptions>().Bind(configuration.GetSection(FeedOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedOptions>, FeedOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<FeedOptions>>().Value);
        services.AddSingleton<OfferNormaliser>();
        services.TryAddSingleton<IPipelineProbe, SilentPipelineProbe>();
        services.AddScoped<FeedApplier>();
        services.AddScoped<FeedSync>();
        services.AddScoped<FeedSyncLeases>();
        services.AddHttpClient<FeedFetcher>(client =>
            {
                // The fetcher enforces the per-feed timeout itself, retries included.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Catalogue-Lodzkie-Indexer/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(sp => FeedAddressGuard.CreateHandler(sp.GetRequiredService<FeedOptions>()))
            .AddResilienceHandler("feed-retries", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<FeedOptions>();
                if (options.Retries <= 0) return;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.Retries,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                });
            });
        return services;
    }
}
