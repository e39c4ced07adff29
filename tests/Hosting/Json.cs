using System.Text.Json;

namespace Catalogue.Tests.Hosting;

internal static class Json
{
    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> GetProblemAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static IEnumerable<JsonNode> Items(this JsonNode page) => page["items"]!.AsArray().Select(i => i!);

    public static T Get<T>(this JsonNode node, string name) => node[name]!.GetValue<T>();

    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static Task<T?> ReadAsAsync<T>(this HttpContent content) => content.ReadFromJsonAsync<T>(Web);
}
