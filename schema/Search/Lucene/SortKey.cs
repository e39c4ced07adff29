using System.Buffers.Binary;
using System.Text;

namespace Catalogue.Search.Lucene;

/// <summary>
/// The position of a hit in the requested order: missing values last, then the Polish title order (title sort) or a
/// number (every other sort, already signed so that smaller is better), then a stable per-offer tie-breaker.
/// Serialised as the opaque search-after cursor.
/// </summary>
internal readonly record struct SortKey(bool Missing, double Primary, byte[]? Title, long Tie) : IComparable<SortKey>
{
    public int CompareTo(SortKey other)
    {
        if (Missing != other.Missing) return Missing ? 1 : -1;
        if (Title is not null && other.Title is not null)
        {
            var byTitle = Title.AsSpan().SequenceCompareTo(other.Title);
            if (byTitle != 0) return byTitle;
        }
        var byPrimary = Primary.CompareTo(other.Primary);
        return byPrimary != 0 ? byPrimary : Tie.CompareTo(other.Tie);
    }

    public string ToCursor(OfferSort sort, bool reversed)
    {
        var title = Title ?? [];
        var bytes = new byte[4 + 8 + 8 + title.Length];
        bytes[0] = (byte)sort;
        bytes[1] = (byte)(reversed ? 1 : 0);
        bytes[2] = (byte)(Missing ? 1 : 0);
        bytes[3] = (byte)(Title is null ? 0 : 1);
        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(4), Primary);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(12), Tie);
        title.CopyTo(bytes, 20);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Reads a cursor made by <see cref="ToCursor"/> for the same sort; anything else is the caller's error.</summary>
    public static SortKey FromCursor(string cursor, OfferSort sort, bool reversed)
    {
        byte[] bytes;
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            bytes = Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='));
        }
        catch (FormatException)
        {
            throw new InvalidCursorException("The cursor is not one this API issued.");
        }
        if (bytes.Length < 20) throw new InvalidCursorException("The cursor is not one this API issued.");
        if (bytes[0] != (byte)sort || bytes[1] != (reversed ? 1 : 0))
            throw new InvalidCursorException("The cursor belongs to another sort order; keep sort and order as they were.");
        return new SortKey(bytes[2] == 1, BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(4)),
            bytes[3] == 1 ? bytes[20..] : null, BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(12)));
    }
}
