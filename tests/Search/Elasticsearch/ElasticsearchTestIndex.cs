using System.Runtime.CompilerServices;
using Catalogue.Search.Elasticsearch;
using Microsoft.Extensions.Logging.Abstractions;

namespace Catalogue.Tests.Search.Elasticsearch;

/// <summary>The engine under test pointed at a <see cref="FakeElasticsearch"/>, with short retry delays and a fixed clock.</summary>
internal static class ElasticsearchTestIndex
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    public static ElasticsearchSearchIndex Create(FakeElasticsearch fake, Action<ElasticsearchOptions>? configure = null)
    {
        var options = new ElasticsearchOptions { Url = fake.Url, BulkRetryDelay = TimeSpan.FromMilliseconds(5), RetryAfter = TimeSpan.FromSeconds(7) };
        configure?.Invoke(options);
        return new ElasticsearchSearchIndex(options, new FixedClock(Now), NullLogger<ElasticsearchSearchIndex>.Instance);
    }

    /// <summary>Compares as JSON (object member order does not matter); a <c>_comment</c> in the expected file is ignored.</summary>
    public static void AssertJsonEqual(string expectedFile, JsonNode? actual, [CallerFilePath] string sourceFile = "")
    {
        var sourcePath = Path.Combine(Path.GetDirectoryName(sourceFile)!, "requests", expectedFile);
        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Search", "Elasticsearch", "requests", expectedFile);
        if (Environment.GetEnvironmentVariable("ELASTICSEARCH_WRITE_EXPECTED") == "1")
        {
            var written = new JsonObject();
            if (File.Exists(sourcePath) && JsonNode.Parse(File.ReadAllText(sourcePath))?["_comment"] is { } comment) written["_comment"] = comment.DeepClone();
            foreach (var (key, value) in actual!.AsObject()) written[key] = value?.DeepClone();
            File.WriteAllText(sourcePath, written.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
            return;
        }
        Assert.True(File.Exists(expectedPath), $"no expected body {expectedFile}");
        var expected = JsonNode.Parse(File.ReadAllText(expectedPath))!;
        if (expected is JsonObject obj) obj.Remove("_comment");
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{expectedFile} differs.\nexpected: {expected.ToJsonString()}\nactual:   {actual?.ToJsonString()}");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
