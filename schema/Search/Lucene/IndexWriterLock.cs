namespace Catalogue.Search.Lucene;

/// <summary>
/// An exclusive lock file beside the index, held for as long as a process writes it. Lucene's own lock does not stop a
/// second process here, so the API's in-process indexer and the standalone indexer both take this one first; the
/// loser gets a clear error instead of a corrupted index.
/// </summary>
public sealed class IndexWriterLock : IDisposable
{
    private readonly FileStream _file;

    private IndexWriterLock(FileStream file) => _file = file;

    public static IndexWriterLock Acquire(string indexDirectory)
    {
        Directory.CreateDirectory(indexDirectory);
        var path = Path.Combine(indexDirectory, "..", "index-writer.lock");
        try
        {
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            file.SetLength(0);
            var pid = System.Text.Encoding.UTF8.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            file.Write(pid);
            file.Flush();
            return new IndexWriterLock(file);
        }
        catch (IOException exception)
        {
            throw new IndexLockedException(
                $"Another process is writing the search index in {Path.GetFullPath(indexDirectory)}. " +
                "Run one writer at a time: set Indexer:RunInApi=false for the API when the standalone indexer runs.", exception);
        }
    }

    public void Dispose() => _file.Dispose();
}

public sealed class IndexLockedException(string message, Exception inner) : Exception(message, inner);
