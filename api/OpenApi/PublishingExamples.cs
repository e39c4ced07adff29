using Catalogue.Api.Publishing;
using Catalogue.Api.Admin;
using Catalogue.Api.Publishing.Uploads;

namespace Catalogue.Api.OpenApi;

/// <summary>Examples of the publishing answers in the OpenAPI document, fixed so that the document is stable.</summary>
internal static class PublishingExamples
{
    private static readonly DateTimeOffset At = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    public static readonly IssuedKeyResponse IssuedKey = new(
        7, "sekretariat", "provider:zs-elektryczny-lodz", "zs-elektryczny-lodz", "k3m9q4v7x1", At, "cat_k3m9q4v7x1_3yZ0u9Q1m2xkP4r8Tn6wVbC5dHs7JfLgE1aNoRqUiWe");

    public static readonly UploadResponse Upload = new(
        "up-3f9c0a7d21b44e8e9a0c1d2e", "zs-elektryczny-lodz", "merge", "csv", "succeeded", null, 2048, At, At.AddSeconds(2), 41,
        4, 2, 0, 0, 0, 2,
        [new UploadReportRow(3, "mode", "'teleport' is not a mode; see /api/v1/vocabularies/modes."), new UploadReportRow(5, "kind", "'nieznany-rodzaj' is not a kind; see /api/v1/vocabularies/kinds (e.g. technikum, kkz, studia-i, szkolenie).")]);

    public static readonly AuditEntryResponse Audit = new(
        1024, 7, "offer.patch", "zs-elektryczny-lodz", "of-8f3k2m9q4v7x1b6d", "KURS-1", At,
        "9c1e0f6b2a7d4c3e8b5a0f1e2d3c4b5a6978695a4b3c2d1e0f9e8d7c6b5a4938", "1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a");
}
