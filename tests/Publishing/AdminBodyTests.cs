using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Catalogue.Tests.Publishing;

/// <summary>
/// The admin and feed forms are read exactly as the OpenAPI document describes them: wrong types, unknown members,
/// missing or null required members and duplicated members are 400 with the member named and its position, logged as
/// the 400 the client received, without an error-level stack trace.
/// </summary>
[Collection(PublishingCollection.Name)]
public sealed class AdminBodyTests(AdminBodyTests.Host host) : IClassFixture<AdminBodyTests.Host>
{
    public sealed class Host : PublishingHost
    {
        public ConcurrentQueue<(LogLevel Level, string Line)> Log { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(new ListLogger(Log)));
        }
    }

    [Theory]
    [InlineData("/api/v1/admin/keys", """{"name":{}}""", "name", "Must be a string (line 1, position 2).")]
    [InlineData("/api/v1/admin/keys", """{"name":null}""", "name", "Must not be null")]
    [InlineData("/api/v1/admin/keys", """{}""", "name", "Required.")]
    [InlineData("/api/v1/admin/keys", """{"name":"a","name":"b"}""", "name", "The member 'name' appears twice.")]
    [InlineData("/api/v1/admin/keys", """{"name":"a","nmae":"b"}""", "nmae", "Did you mean 'name'?")]
    [InlineData("/api/v1/admin/keys", """{"name":"   "}""", "name", "not only spaces")]
    [InlineData("/api/v1/admin/providers", """{"id":"body-school","name":"Szkoła","type":"school","isDemo":true}""", "isDemo", "Unknown member")]
    [InlineData("/api/v1/admin/providers", """{"id":"body-school","name":"Szkoła","type":"school","createdAt":"2001-01-01T00:00:00Z"}""", "createdAt", "Unknown member")]
    [InlineData("/api/v1/admin/providers", """{"id":"Body School","name":"Szkoła","type":"school"}""", "id", "lower-case")]
    [InlineData("/api/v1/admin/providers", """{"id":"body-school","name":"Szkoła \ud800","type":"school"}""", "name", "surrogate")]
    [InlineData("/api/v1/admin/providers/admin-body-school/feeds", """{"url":"https://example.org/f.json","format":"xml"}""", "format", "json or csv.")]
    [InlineData("/api/v1/admin/providers/admin-body-school/feeds", """{"url":"https://example.org/f.json","format":"json","intervalMinutes":"60"}""", "intervalMinutes", "Must be a whole number")]
    [InlineData("/api/v1/admin/providers/admin-body-school/feeds", """{"url":"https://example.org/f.json","format":"json","intervalMinutes":5}""", "intervalMinutes", "From 15 to 10080")]
    [InlineData("/api/v1/admin/providers/admin-body-school/feeds", """{"url":"https://example.org/f.json","format":"json","enabled":"yes"}""", "enabled", "Must be true or false")]
    public async Task A_wrong_body_is_400_naming_the_member(string path, string body, string member, string message)
    {
        await host.CreateReadyClientAsync();
        var admin = host.CreateClient().WithKey(CatalogueApiFactory.AdminKey);
        if (path.Contains("/feeds", StringComparison.Ordinal))
        {
            await admin.PostAsJsonAsync("/api/v1/admin/providers", new { id = "admin-body-school", name = "Szkoła", type = "school" });
            path = path.Replace("/admin/providers/", "/providers/", StringComparison.Ordinal);
        }
        using var response = await admin.PostAsync(path, Publishing.JsonBody(body));
        await MalformedBodyTests.AssertNamesAsync(response, member, message);
        Assert.Contains(host.Log, entry => entry.Line.StartsWith($"HTTP POST {path} → 400", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Log, entry => entry.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Health_endpoints_answer_405_to_writes()
    {
        var client = await host.CreateReadyClientAsync();
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete })
        {
            foreach (var path in new[] { "/health/live", "/health/ready" })
            {
                using var response = await client.SendAsync(new HttpRequestMessage(method, path));
                Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {path} → {(int)response.StatusCode}");
                Assert.Contains("GET", response.Content.Headers.Allow);
            }
        }
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health/live"))).StatusCode);
    }

    private sealed class ListLogger(ConcurrentQueue<(LogLevel, string)> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((logLevel, formatter(state, exception)));
        public void Dispose() { }
    }
}
