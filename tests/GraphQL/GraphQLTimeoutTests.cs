using System.Net;
using Catalogue.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace Catalogue.Tests.GraphQL;

/// <summary>An execution over GraphQL:ExecutionTimeout is stopped and answered with a TIMEOUT error, not left running.</summary>
public sealed class GraphQLTimeoutTests : IDisposable
{
    private readonly ImpatientCatalogueFactory _factory = new();

    [Fact]
    public async Task A_request_over_the_execution_timeout_gets_a_TIMEOUT_error_and_a_504()
    {
        var client = await _factory.CreateReadyClientAsync();
        var reply = await client.PostGraphQLAsync("{ offers(first: 100) { totalCount facets { name } } }");
        Assert.Equal(HttpStatusCode.GatewayTimeout, reply.Status);
        Assert.Equal(["TIMEOUT"], reply.Codes);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>An empty catalogue whose every execution times out at once (a timeout of one tick cancels before the first resolver).</summary>
    private sealed class ImpatientCatalogueFactory() : CatalogueApiFactory(NewDataDirectory(), demoData: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:ExecutionTimeout", "00:00:00.0000001");
        }
    }
}
