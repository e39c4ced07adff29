using System.Threading.Channels;

namespace Catalogue.Api.Publishing.Uploads;

/// <summary>Upload ids waiting for the worker. The store is the truth: at start the worker re-queues what was left waiting.</summary>
internal sealed class UploadQueue
{
    private readonly Channel<string> _ids = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(string uploadId) => _ids.Writer.TryWrite(uploadId);

    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellationToken) => _ids.Reader.ReadAllAsync(cancellationToken);

    public static string FileOf(string dataDirectory, string uploadId) => Path.Combine(dataDirectory, "uploads", uploadId + ".upload");
}
