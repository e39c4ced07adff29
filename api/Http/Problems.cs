namespace Catalogue.Api.Http;

/// <summary>The ProblemDetails every endpoint answers with, so that titles and shapes stay the same across the API.</summary>
internal static class Problems
{
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"{what} not found",
            detail: $"No {what.ToLowerInvariant()} has the id '{Truncate(id)}'.");

    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Invalid parameters", detail: "One or more parameters are not valid; see 'errors', keyed by parameter name.");

    /// <summary>The same answer as <see cref="Invalid"/>, for a body: errors keyed by the JSON path of each member.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult InvalidBody(Dictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid body",
            Detail = "One or more members of the body are not valid; see 'errors', keyed by the JSON path of each member.",
        });

    // Echoing a caller's 10 kB id back is of no use to anyone.
    private static string Truncate(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
