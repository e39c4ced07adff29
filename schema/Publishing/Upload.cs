namespace Catalogue.Publishing;

/// <summary>
/// A document a provider sent to the upload endpoint, processed in the background: its mode, where it stands and what
/// it did. The per-row report lives on the sync run it produced (<see cref="SyncRunId"/>), or in
/// <see cref="ReportJson"/> for a dry run that applies nothing.
/// </summary>
public sealed class Upload
{
    /// <summary>Random, not a counter: one provider cannot guess another's upload ids.</summary>
    public required string Id { get; set; }
    public required string ProviderId { get; set; }
    public long? KeyId { get; set; }
    public UploadMode Mode { get; set; }
    /// <summary>json or csv.</summary>
    public required string Format { get; set; }
    public UploadStatus Status { get; set; } = UploadStatus.Queued;
    public string? Reason { get; set; }
    public long Bytes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public long? SyncRunId { get; set; }
    public int Seen { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Withdrawn { get; set; }
    public int Rejected { get; set; }
    /// <summary>The rejected rows as JSON ([{row, field, message}]).</summary>
    public string? ReportJson { get; set; }
}

/// <summary>Merge: apply the valid rows, withdraw nothing. Replace: also withdraw offers absent from the document (shrink guard applies). Validate: a dry run.</summary>
public enum UploadMode { Merge, Replace, Validate }

/// <summary>Queued → Processing → Succeeded (applied), Validated (dry run done), Held (shrink guard) or Failed (unreadable document).</summary>
public enum UploadStatus { Queued, Processing, Succeeded, Validated, Held, Failed }
