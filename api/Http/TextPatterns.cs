namespace Catalogue.Api.Http;

/// <summary>
/// Regular expressions of request members, written so that .NET (which matches them whole, in
/// <c>RegularExpressionAttribute</c>) and JSON Schema (which searches, in the OpenAPI document) agree on every string.
/// </summary>
internal static class TextPatterns
{
    /// <summary>At least one character that is not white space.</summary>
    public const string NotBlank = @"^[\s\S]*\S[\s\S]*$";
}
