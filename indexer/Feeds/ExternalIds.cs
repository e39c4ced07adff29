using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// The alphabet and length of a provider's external ids, as the feed schema defines them (<c>$defs/externalId</c>):
/// an id is one URL path segment as it is, so the per-offer routes can always address — and withdraw — the offer.
/// Read from the schema itself so that the schema, the validator and the write API cannot disagree.
/// </summary>
public static class ExternalIds
{
    private static readonly Regex Alphabet = new(LoadPattern(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>What a person is told when an id does not fit.</summary>
    public const string Rule = "1 to 100 characters: letters A-Z a-z, digits and . _ ~ -, starting with a letter or digit (e.g. 2027-INF-1).";

    public static bool IsValid(string? externalId) => externalId is not null && Alphabet.IsMatch(externalId);

    private static string LoadPattern()
    {
        using var stream = typeof(ExternalIds).Assembly.GetManifestResourceStream("learning-offer-feed.v1.schema.json")
            ?? throw new InvalidOperationException("The feed schema is not embedded.");
        return JsonNode.Parse(stream)!["$defs"]!["externalId"]!["pattern"]!.GetValue<string>();
    }
}
