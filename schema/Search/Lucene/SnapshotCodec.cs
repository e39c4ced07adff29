using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Catalogue.Search.Lucene;

/// <summary>
/// Packs an offer's result card as one Brotli-compressed doc value (4-byte length, then the compressed UTF-8). Reading it
/// touches only that offer's bytes, unlike Lucene's stored fields, which decompress a whole block of offers for each
/// one read — the largest cost of a search page before this.
/// </summary>
internal static class SnapshotCodec
{
    /// <summary>Lucene refuses binary doc values above 32,766 bytes; a larger snapshot goes to a stored field instead.</summary>
    public const int MaxDocValueLength = 32_000;

    public static byte[] Pack(string payload)
    {
        var utf8 = Encoding.UTF8.GetBytes(payload);
        var packed = new byte[4 + BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(packed, utf8.Length);
        if (!BrotliEncoder.TryCompress(utf8, packed.AsSpan(4), out var written, quality: 1, window: 22))
            throw new InvalidOperationException("Snapshot compression failed.");
        return packed[..(4 + written)];
    }

    public static OfferCard? Unpack(ReadOnlySpan<byte> packed)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(packed);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            if (!BrotliDecoder.TryDecompress(packed[4..], buffer, out var written) || written != length)
                throw new InvalidDataException("A snapshot in the search index is damaged; rebuild the index.");
            return OfferCard.Deserialize(buffer.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
