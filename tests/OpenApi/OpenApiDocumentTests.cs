namespace Catalogue.Tests.OpenApi;

[Collection(DemoCatalogueCollection.Name)]
public sealed class OpenApiDocumentTests(DemoCatalogueFixture demo)
{
    private const string CommittedPath = "openapi/catalogue.v1.json";

    [Fact]
    public async Task Committed_document_equals_the_served_one()
    {
        var served = await demo.Client.GetStringAsync("/swagger/v1/swagger.json");
        var committedFile = Path.Combine(RepositoryRoot.Path, CommittedPath);
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
            await File.WriteAllTextAsync(committedFile, Pretty(served) + "\n");

        Assert.True(File.Exists(committedFile), $"{CommittedPath} is missing; run: UPDATE_OPENAPI=1 dotnet test --filter OpenApiDocumentTests");
        var committed = await File.ReadAllTextAsync(committedFile);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(committed), JsonNode.Parse(served)),
            $"{CommittedPath} differs from /swagger/v1/swagger.json; review the API change and run: UPDATE_OPENAPI=1 dotnet test --filter OpenApiDocumentTests");
    }

    [Fact]
    public async Task Every_operation_has_a_summary_a_description_and_documented_parameters()
    {
        var document = JsonNode.Parse(await demo.Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Operation: o.Value!))).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, op =>
        {
            Assert.False(string.IsNullOrWhiteSpace(op.Operation["summary"]?.GetValue<string>()), $"{op.Path} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(op.Operation["description"]?.GetValue<string>()), $"{op.Path} has no description");
            foreach (var parameter in op.Operation["parameters"]?.AsArray() ?? [])
                Assert.False(string.IsNullOrWhiteSpace(parameter!["description"]?.GetValue<string>()), $"{op.Path} parameter {parameter!["name"]} has no description");
        });
        Assert.NotNull(document["components"]!["schemas"]!["OfferResponse"]!["examples"]);
    }

    private static string Pretty(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Catalogue.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Catalogue.sln not found above the test binaries.");
    }
}
