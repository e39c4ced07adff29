namespace Catalogue.Api.Offers;

/// <summary>
/// Validation messages keyed by a neutral field path (see <see cref="OfferSearchFields"/>), in the order found. A door
/// renames the paths to its own parameter or argument names; the application layer never knows them.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> _messages = [];

    public int Count => _messages.Count;

    public bool Contains(string path) => _messages.ContainsKey(path);

    public void Add(string path, string message) =>
        _messages[path] = _messages.TryGetValue(path, out var existing) ? [.. existing, message] : [message];

    public IEnumerable<KeyValuePair<string, string[]>> All => _messages;

    /// <summary>The messages keyed by the door's own names; paths a door names alike are merged.</summary>
    public Dictionary<string, string[]> Named(Func<string, string> name)
    {
        var named = new Dictionary<string, string[]>();
        foreach (var (path, messages) in _messages)
            named[name(path)] = named.TryGetValue(name(path), out var existing) ? [.. existing, .. messages] : messages;
        return named;
    }
}
