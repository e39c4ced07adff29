using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Catalogue.Tests.Search.Elasticsearch;

/// <summary>
/// An HTTP server on 127.0.0.1 that answers like Elasticsearch: the <c>X-Elastic-Product</c> header the client checks,
/// and recorded-shape bodies from <c>responses/</c>. It records every request the client sends, so a test can compare
/// the bodies with the query DSL it expects. A test answers what it cares about with <see cref="Answer"/>; everything
/// else gets an empty cluster's answer.
/// </summary>
public sealed class FakeElasticsearch : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeElasticsearch(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>Answers a request, or returns null to leave it to the empty cluster.</summary>
    public Func<RecordedRequest, FakeResponse?> Answer { get; set; } = _ => null;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeElasticsearch> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeElasticsearch(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        fake.Url = new Uri(app.Urls.First());
        return fake;
    }

    private async Task HandleAsync(HttpContext context)
    {
        // The client gzips request bodies by default (EnableHttpCompression); a cluster inflates them.
        var body = context.Request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase)
            ? new System.IO.Compression.GZipStream(context.Request.Body, System.IO.Compression.CompressionMode.Decompress) : context.Request.Body;
        using var reader = new StreamReader(body, Encoding.UTF8);
        var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? "", await reader.ReadToEndAsync());
        _requests.Enqueue(request);
        var response = Answer(request) ?? EmptyCluster(request);
        context.Response.StatusCode = response.Status;
        context.Response.Headers["X-Elastic-Product"] = "Elasticsearch";
        foreach (var (name, value) in response.Headers) context.Response.Headers[name] = value;
        // Like a cluster, answer in the media type asked for: the compatible-with type, or plain JSON (the client asks that for _bulk).
        context.Response.ContentType = context.Request.Headers.Accept.ToString().Contains("vnd.elasticsearch", StringComparison.Ordinal)
            ? "application/vnd.elasticsearch+json;compatible-with=9" : "application/json";
        await context.Response.WriteAsync(response.Body);
    }

    /// <summary>What a cluster without offer indices answers.</summary>
    private static FakeResponse EmptyCluster(RecordedRequest request) => (request.Method, request.Path) switch
    {
        ("GET", "/_nodes/plugins") => FakeResponse.File("nodes-plugins-none.json"),
        ("GET", var p) when p.StartsWith("/_alias/", StringComparison.Ordinal) => FakeResponse.File("alias-missing.json", 404),
        ("GET", var p) when p.EndsWith("/_mapping", StringComparison.Ordinal) => FakeResponse.File("index-not-found.json", 404),
        ("PUT", var p) when p.EndsWith("/_mapping", StringComparison.Ordinal) => FakeResponse.File("acknowledged.json"),
        ("PUT", _) => FakeResponse.File("create-index.json"),
        ("POST", var p) when p.EndsWith("/_bulk", StringComparison.Ordinal) => FakeResponse.BulkSucceeded(request),
        ("POST", var p) when p.EndsWith("/_refresh", StringComparison.Ordinal) => FakeResponse.File("refresh.json"),
        ("POST", var p) when p.EndsWith("/_search", StringComparison.Ordinal) => FakeResponse.File("search-empty.json"),
        (_, var p) when p.EndsWith("/_count", StringComparison.Ordinal) => FakeResponse.File("count.json"),
        ("POST", "/_aliases") => FakeResponse.File("acknowledged.json"),
        ("DELETE", _) => FakeResponse.File("acknowledged.json"),
        _ => new FakeResponse(400, """{"error":{"type":"illegal_argument_exception","reason":"the fake cluster does not know this call"},"status":400}"""),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(string Method, string Path, string Query, string Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    /// <summary>The lines of an NDJSON (<c>_bulk</c>) body, parsed.</summary>
    public List<JsonNode> Lines => [.. Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!)];

    public override string ToString() => $"{Method} {Path}{Query}";
}

public sealed record FakeResponse(int Status, string Body)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Search", "Elasticsearch", "responses");

    /// <summary>A recorded body; its <c>_comment</c> (the reference page it follows) is not sent, as a cluster would not send it.</summary>
    public static FakeResponse File(string name, int status = 200)
    {
        var json = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Directory, name)))!;
        if (json is JsonObject obj) obj.Remove("_comment");
        return new FakeResponse(status, json.ToJsonString());
    }

    /// <summary>Every operation of a <c>_bulk</c> body succeeded (shape of responses/bulk-mixed.json).</summary>
    public static FakeResponse BulkSucceeded(RecordedRequest request) => Bulk(request, _ => null);

    /// <summary>A <c>_bulk</c> answer with one item per operation; <paramref name="failure"/> gives the failed item of an operation (by position), or null for success.</summary>
    public static FakeResponse Bulk(RecordedRequest request, Func<int, (int Status, string Type, string Reason)?> failure)
    {
        var items = new JsonArray();
        foreach (var line in request.Lines)
        {
            if (line is not JsonObject action || action.Count != 1) continue;
            var (operation, meta) = action.First();
            if (operation is not ("index" or "delete" or "create" or "update")) continue;
            if (failure(items.Count) is { } failed)
            {
                items.Add(new JsonObject
                {
                    [operation] = new JsonObject
                    {
                        ["_index"] = "catalogue-offers-v3-20261126000000000", ["_id"] = meta?["_id"]?.DeepClone(), ["status"] = failed.Status,
                        ["error"] = new JsonObject { ["type"] = failed.Type, ["reason"] = failed.Reason },
                    },
                });
                continue;
            }
            items.Add(new JsonObject
            {
                [operation] = new JsonObject
                {
                    ["_index"] = "catalogue-offers-v3-20261126000000000", ["_id"] = meta?["_id"]?.DeepClone(), ["_version"] = meta?["version"]?.DeepClone() ?? 1,
                    ["result"] = operation == "delete" ? "deleted" : "created", ["status"] = operation == "delete" ? 200 : 201,
                    ["_shards"] = new JsonObject { ["total"] = 2, ["successful"] = 1, ["failed"] = 0 }, ["_seq_no"] = 0, ["_primary_term"] = 1,
                },
            });
        }
        var errors = items.Any(i => i!.AsObject().First().Value!["error"] is not null);
        return new FakeResponse(200, new JsonObject { ["took"] = 3, ["errors"] = errors, ["items"] = items }.ToJsonString());
    }
}
