namespace Catalogue.Tests.Properties;

/// <summary>A mismatch between the document and the API that is known and being fixed: which operation ("*" for all), which kind of violation, which input ("*" for any), and why it is tolerated.</summary>
internal sealed record KnownGap(string Operation, string Kind, string Slot, string Reason)
{
    public bool Excuses(DocumentedOperation operation, Violation violation) =>
        (Operation == "*" || Operation == operation.Name) && Kind == violation.Kind
        && (Slot == "*" || violation.Slot.Split(',').All(Names));

    /// <summary>A slot is named by a token of <see cref="Slot"/> itself or as its prefix (<c>body</c> names <c>body:title</c>, <c>runs</c> names <c>runs[0].start</c>).</summary>
    private bool Names(string slot) => Slot.Split(' ').Any(token => slot == token
        || (slot.StartsWith(token, StringComparison.Ordinal) && slot[token.Length] is ':' or '.' or '['));
}

/// <summary>
/// The mismatches the properties found that are not fixed yet. Keep this list short and each entry specific; remove an
/// entry as soon as its fix lands (the run reports entries nothing needed). Never add a <c>5xx</c> here.
/// </summary>
internal static class KnownGaps
{
    public static readonly IReadOnlyList<KnownGap> All =
    [
    ];
}
