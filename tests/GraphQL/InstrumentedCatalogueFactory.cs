using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Catalogue.Tests.GraphQL;

/// <summary>
/// The real catalogue with two observers at its edges, no component replaced: an EF Core command interceptor counting
/// the store commands a request runs (only requests that ask, so background workers never count), and a header
/// reporting the cost the GraphQL endpoint left for the rate limiter.
/// </summary>
public sealed class InstrumentedCatalogueFactory : CatalogueApiFactory
{
    public const string CountHeader = "X-Test-Count-Store-Commands";
    public const string CommandsHeader = "X-Test-Store-Commands";
    public const string CostHeader = "X-Test-GraphQL-Cost";

    private static readonly AsyncLocal<CommandCount?> RequestCommands = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<CatalogueDbContext>(options => options.AddInterceptors(new CommandCounter()));
            services.AddTransient<IStartupFilter, ObserverStartupFilter>();
        });
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (RequestCommands.Value is { } box) Interlocked.Increment(ref box.Value);
            return ValueTask.FromResult(result);
        }

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            if (RequestCommands.Value is { } box) Interlocked.Increment(ref box.Value);
            return result;
        }
    }

    private sealed class ObserverStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                var box = context.Request.Headers.ContainsKey(CountHeader) ? new CommandCount() : null;
                RequestCommands.Value = box;
                context.Response.OnStarting(() =>
                {
                    if (box is not null) context.Response.Headers[CommandsHeader] = box.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (context.Features.Get<Catalogue.Api.GraphQL.GraphQLCostFeature>() is { } cost) context.Response.Headers[CostHeader] = cost.Cost.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return Task.CompletedTask;
                });
                await nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class CommandCount
    {
        public int Value;
    }
}
