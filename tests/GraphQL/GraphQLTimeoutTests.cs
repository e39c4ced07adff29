using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Catalogue.Tests.GraphQL;

/// <summary>
/// A request whose execution outlasts <c>GraphQL:ExecutionTimeout</c> is answered 504 with a TIMEOUT error, without
/// waiting for the work to end: the store is held at its edge (a command interceptor waiting on a gate the test opens
/// only after the answer came), so the timeout, not the query, ends the request.
/// </summary>
public sealed class GraphQLTimeoutTests : IDisposable
{
    private const string HoldHeader = "X-Test-Hold-Store";
    private static readonly TaskCompletionSource Gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HeldStoreFactory _factory = new();

    [Fact]
    public async Task An_execution_that_outlasts_the_timeout_is_answered_504_with_a_timeout_error()
    {
        var client = await _factory.CreateReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ provider(id: \"demo-zs-elektronicznych-lodz\") { name } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(HoldHeader, "1");
        using var response = await client.SendAsync(request);
        var held = !Gate.Task.IsCompleted;
        Gate.TrySetResult();

        Assert.True(held, "answered while the store was still held");
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("\"TIMEOUT\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Gate.TrySetResult();
        _factory.Dispose();
    }

    private sealed class HeldStoreFactory() : CatalogueApiFactory(NewDataDirectory(), demoData: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            With("GraphQL:ExecutionTimeout", "00:00:00.300");
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddHttpContextAccessor();
                services.ConfigureDbContext<CatalogueDbContext>((provider, options) =>
                    options.AddInterceptors(new HoldingInterceptor(provider.GetRequiredService<IHttpContextAccessor>())));
            });
        }
    }

    /// <summary>Holds the store commands of requests that carry <see cref="HoldHeader"/> until the gate opens or the request is cancelled.</summary>
    private sealed class HoldingInterceptor(IHttpContextAccessor accessor) : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (accessor.HttpContext?.Request.Headers.ContainsKey(HoldHeader) == true)
                await Gate.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return result;
        }
    }
}
