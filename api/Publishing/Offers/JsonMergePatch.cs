using System.Text.Json.Nodes;

namespace Catalogue.Api.Publishing.Offers;

/// <summary>RFC 7396 JSON Merge Patch: objects merge member by member, <c>null</c> removes, anything else replaces.</summary>
internal static class JsonMergePatch
{
    /// <summary>The patched document; <paramref name="target"/> may be changed in place, <paramref name="patch"/> is not.</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject) return patch?.DeepClone();
        var result = target as JsonObject ?? [];
        foreach (var (name, value) in patchObject)
        {
            if (value is null) result.Remove(name);
            else result[name] = Apply(result[name]?.DeepClone(), value);
        }
        return result;
    }
}
