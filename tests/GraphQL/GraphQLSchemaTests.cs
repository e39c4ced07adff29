using Catalogue.Tests.OpenApi;

namespace Catalogue.Tests.GraphQL;

[Collection(DemoCatalogueCollection.Name)]
public sealed class GraphQLSchemaTests(DemoCatalogueFixture demo)
{
    private const string CommittedPath = "schema/catalogue.graphql";

    [Fact]
    public async Task Committed_SDL_equals_the_served_schema()
    {
        var served = await demo.Client.GetStringAsync("/graphql/schema.graphql");
        var committedFile = Path.Combine(RepositoryRoot.Path, CommittedPath);
        if (Environment.GetEnvironmentVariable("UPDATE_GRAPHQL_SCHEMA") == "1")
            await File.WriteAllTextAsync(committedFile, served.TrimEnd() + "\n");

        Assert.True(File.Exists(committedFile), $"{CommittedPath} is missing; run: UPDATE_GRAPHQL_SCHEMA=1 dotnet test --filter GraphQLSchemaTests");
        var committed = await File.ReadAllTextAsync(committedFile);
        Assert.True(Normalise(committed) == Normalise(served),
            $"{CommittedPath} differs from /graphql/schema.graphql; review the schema change and run: UPDATE_GRAPHQL_SCHEMA=1 dotnet test --filter GraphQLSchemaTests");
    }

    [Fact]
    public async Task Every_type_field_argument_and_input_field_of_ours_has_a_description()
    {
        var reply = await demo.Client.PostGraphQLAsync("""
            { __schema { types { name kind description
                fields { name description args { name description } }
                inputFields { name description } } } }
            """);
        reply.AssertNoErrors();
        var ours = reply.Data["__schema"]!["types"]!.AsArray().Select(t => t!)
            .Where(t => !t["name"]!.GetValue<string>().StartsWith("__", StringComparison.Ordinal))
            .Where(t => t["name"]!.GetValue<string>() is not ("String" or "Int" or "Float" or "Boolean" or "ID"))
            .ToList();
        Assert.Contains(ours, t => t["name"]!.GetValue<string>() == "Offer");
        var missing = new List<string>();
        foreach (var type in ours)
        {
            var name = type["name"]!.GetValue<string>();
            if (Blank(type["description"])) missing.Add(name);
            foreach (var field in type["fields"]?.AsArray() ?? [])
            {
                if (Blank(field!["description"])) missing.Add($"{name}.{field["name"]}");
                foreach (var arg in field["args"]!.AsArray())
                    if (Blank(arg!["description"])) missing.Add($"{name}.{field["name"]}({arg["name"]})");
            }
            foreach (var input in type["inputFields"]?.AsArray() ?? [])
                if (Blank(input!["description"])) missing.Add($"{name}.{input["name"]}");
        }
        Assert.True(missing.Count == 0, "without a description: " + string.Join(", ", missing));
    }

    private static bool Blank(JsonNode? description) => string.IsNullOrWhiteSpace(description?.GetValue<string>());

    private static string Normalise(string sdl) => sdl.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}
