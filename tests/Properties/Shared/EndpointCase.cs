using System.Collections.Immutable;
using System.Text;

namespace Catalogue.Tests.Properties;

/// <summary>Who sends a request: no key, the admin key, the seeded provider's own key, or a key nobody issued.</summary>
internal enum CallerKind { Anonymous, Admin, Provider, UnknownKey }

/// <summary>A request body as sent: media type (null: no Content-Type) and bytes.</summary>
internal sealed record RequestBody(string? MediaType, byte[] Bytes)
{
    public static RequestBody Text(string? mediaType, string text) => new(mediaType, Encoding.UTF8.GetBytes(text));

    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Bytes);
        return $"{MediaType ?? "(no content type)"} {(text.Length > 400 ? text[..400] + $"… ({text.Length} chars)" : text)}";
    }
}

/// <summary>
/// One generated request of one operation, with what the document says of it (<see cref="Verdict"/>) and which input
/// made it so (<see cref="Slot"/>, e.g. <c>query:pageSize</c>, and <see cref="Rule"/>, e.g. "above maximum 100").
/// </summary>
internal sealed record EndpointCase(
    DocumentedOperation Operation,
    CallerKind Caller,
    ImmutableList<(string Name, string Value)> Path,
    ImmutableList<(string Name, string Value)> Query,
    ImmutableList<(string Name, string Value)> Headers,
    RequestBody? Body,
    Verdict Verdict,
    string Slot,
    string Rule)
{
    /// <summary>The request target, percent-encoded byte for byte (a lone surrogate stays a broken sequence).</summary>
    public string Target
    {
        get
        {
            var path = Operation.Path;
            foreach (var (name, value) in Path) path = path.Replace("{" + name + "}", HostileInputs.PercentEncode(value), StringComparison.Ordinal);
            return Query.Count == 0 ? path : path + "?" + string.Join("&", Query.Select(q => HostileInputs.PercentEncode(q.Name) + "=" + HostileInputs.PercentEncode(q.Value)));
        }
    }

    /// <summary>A path value that routing cannot take as one segment: the answer may be the router's 404 or 405.</summary>
    public bool Unroutable => Path.Any(p => p.Value.Length == 0 || p.Value is "." or ".." || p.Value.Contains('/') || p.Value.Contains('\\'));

    public override string ToString()
    {
        var text = new StringBuilder($"{Operation.Method} {Target} as {Caller}; the document calls it {Verdict} ({Slot}: {Rule})");
        foreach (var (name, value) in Headers) text.Append($"\n  {name}: {value}");
        if (Body is not null) text.Append("\n  body: ").Append(Body);
        return text.ToString();
    }
}

/// <summary>Ids that exist in the catalogue under test, so that valid requests reach past the 404s.</summary>
internal sealed record CataloguePools(
    string OwnProviderId,
    string OtherProviderId,
    string ProviderKey,
    long ProviderKeyId,
    IReadOnlyDictionary<string, string[]> Known)
{
    /// <summary>
    /// True when the case would revoke or rotate the run's own provider key: the route reads " 1" or "00001" as key 1,
    /// so any generated text can name it. Such a case is not sent; the run needs its key.
    /// </summary>
    public bool Endangers(EndpointCase c) => (c.Operation.Path.StartsWith("/api/v1/admin/keys/", StringComparison.Ordinal)
        && c.Path.Any(p => p.Name == "keyId" && long.TryParse(p.Value, System.Globalization.NumberStyles.Any, System.Globalization.CultureInfo.InvariantCulture, out var id) && id == ProviderKeyId))
        || LeavesTheMachine(c);

    /// <summary>A body naming an http(s) address off loopback: a feed registered with it would be fetched. Never sent.</summary>
    private static bool LeavesTheMachine(EndpointCase c) => c.Body is { } body
        && System.Text.RegularExpressions.Regex.IsMatch(Encoding.UTF8.GetString(body.Bytes), @"(?i)https?://(?!127\.0\.0\.1[:/])", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>Existing values for a path parameter of an operation (empty when none are known).</summary>
    public string[] For(DocumentedOperation operation, string parameter)
    {
        var key = parameter == "id" ? (operation.Path.StartsWith("/api/v1/offers", StringComparison.Ordinal) ? "offerId" : "providerId") : parameter;
        return Known.TryGetValue(key, out var values) ? values : [];
    }
}
