using System.Net;
using System.Net.Sockets;

namespace Catalogue.Indexer.Feeds;

/// <summary>
/// Keeps feed fetches off the catalogue's own network (SSRF): only http(s), and only public addresses — no loopback,
/// link-local (cloud metadata at 169.254.169.254), private, carrier-grade NAT, multicast or unspecified ranges. URLs
/// are checked when registered, and again when connecting (<see cref="CreateHandler"/>), on the address actually
/// resolved, so a name that later resolves to an inside address (DNS rebinding) or a redirect inward is refused too.
/// <see cref="FeedOptions.AllowPrivateNetworks"/> lifts the address rule for tests and closed networks.
/// </summary>
public static class FeedAddressGuard
{
    /// <summary>Why the URL may not be a feed, or null when it may (as far as can be told before connecting).</summary>
    public static async Task<string?> CheckUrlAsync(string url, bool allowPrivateNetworks, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return "A feed URL must be an absolute http:// or https:// address.";
        if (!string.IsNullOrEmpty(uri.UserInfo)) return "A feed URL must not carry a user name or password.";
        if (allowPrivateNetworks) return null;
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.IdnHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return $"The host '{uri.Host}' cannot be resolved.";
        }
        if (addresses.Length == 0) return $"The host '{uri.Host}' cannot be resolved.";
        return addresses.All(IsPublic) ? null : $"The host '{uri.Host}' resolves to a private, loopback or link-local address; feeds must be on the public internet.";
    }

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast)) return false;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal || address.IsIPv4MappedToIPv6);
        var b = address.GetAddressBytes();
        return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
            || (b[0] == 192 && b[1] == 0 && b[2] == 0)
            || (b[0] == 198 && (b[1] == 18 || b[1] == 19)));
    }

    /// <summary>Redirects followed before a fetch fails: enough for a moved feed, few enough to end a loop quickly.</summary>
    public const int MaxRedirects = 10;

    /// <summary>The feed client's handler: connects only to addresses <see cref="IsPublic"/> accepts (unless allowed).</summary>
    public static SocketsHttpHandler CreateHandler(FeedOptions options) => new()
    {
        // Compressed feeds are welcome; the fetcher's size limit counts the bytes after decompression.
        AutomaticDecompression = DecompressionMethods.All,
        MaxAutomaticRedirections = MaxRedirects,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
            var allowed = options.AllowPrivateNetworks ? addresses : addresses.Where(IsPublic).ToArray();
            if (allowed.Length == 0)
                throw new HttpRequestException($"The feed host '{host}' resolves to a private, loopback or link-local address, which feeds may not use.");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
