using System.Security.Cryptography;
using System.Text;

namespace Catalogue.Offers;

/// <summary>
/// Public offer ids are derived, not stored counters: the same provider and external id always give the same id,
/// so a feed re-imported into an empty store, or into another deployment, keeps every link and bookmark valid.
/// </summary>
public static class OfferId
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    private static readonly System.Buffers.SearchValues<char> AlphabetChars = System.Buffers.SearchValues.Create(Alphabet);

    public static string From(string providerId, string externalId) =>
        "of-" + Base32(SHA256.HashData(Encoding.UTF8.GetBytes(providerId + "\n" + externalId.Trim())), 16);

    /// <summary>Crockford base32 (lower case), readable and safe in URLs.</summary>
    internal static string Base32(ReadOnlySpan<byte> bytes, int length)
    {
        var chars = new char[length];
        int bitBuffer = 0, bits = 0, byteIndex = 0;
        for (var i = 0; i < length; i++)
        {
            if (bits < 5)
            {
                bitBuffer = (bitBuffer << 8) | bytes[byteIndex++];
                bits += 8;
            }
            chars[i] = Alphabet[(bitBuffer >> (bits - 5)) & 31];
            bits -= 5;
        }
        return new string(chars);
    }

    public static bool LooksValid(string id) =>
        id.Length == 19 && id.StartsWith("of-", StringComparison.Ordinal) && id.AsSpan(3).IndexOfAnyExcept(AlphabetChars) < 0;
}
