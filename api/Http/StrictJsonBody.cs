using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Catalogue.Api.Http;

/// <summary>
/// Reads a small JSON request body (the admin and feed forms) exactly as its record declares it, and as the OpenAPI
/// document describes it (<see cref="OpenApi.StrictBodySchemaFilter"/> reads the same contract): a JSON object whose
/// members are the record's camelCase properties and no others, the required ones present, none null unless its type
/// is nullable, each of its type, then each member's data annotations (length, pattern, range, allowed values), which
/// the document shows too. Everything wrong is answered together as 400, keyed by member, with its position; the
/// framework's binding would answer a bare 400 and log a stack trace instead.
/// </summary>
internal static class StrictJsonBody
{
    /// <summary>The largest form body read; the forms are a few hundred bytes.</summary>
    public const long Limit = 16 * 1024;

    /// <summary>The contract: no numbers from strings, nullable annotations and required constructor parameters respected.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (!Publishing.OfferBody.HasMediaType(request, "application/json"))
            return (null, Publishing.OfferBody.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", "Send the body as 'application/json'."));
        var bytes = await LimitedBody.ReadAsync(request, Limit, cancellationToken);
        if (bytes is null) return (null, Publishing.OfferBody.TooLarge(Limit));
        var members = new List<JsonTextCheck.Member>();
        JsonDocument document;
        try
        {
            if (JsonTextCheck.FindProblem(bytes, members) is var (path, message)) return (null, Problems.InvalidBody(new() { [path] = [message] }));
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = JsonTextCheck.MaxDepth });
        }
        catch (JsonException exception)
        {
            return (null, Publishing.OfferBody.Problem(StatusCodes.Status400BadRequest, "Malformed JSON",
                $"The body is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1})."));
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, Problems.InvalidBody(new() { ["$"] = ["Must be a JSON object."] }));
            var errors = Check(document.RootElement, Contract<T>(), members);
            if (errors.Count > 0) return (null, Problems.InvalidBody(errors));
            var value = document.RootElement.Deserialize<T>(Options)!;
            var results = new List<ValidationResult>();
            if (Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true)) return (value, null);
            foreach (var result in results)
            {
                foreach (var member in result.MemberNames) errors[Options.PropertyNamingPolicy!.ConvertName(member)] = [result.ErrorMessage ?? "Not valid."];
            }
            return (null, Problems.InvalidBody(errors));
        }
    }

    /// <summary>The members a body of <typeparamref name="T"/> may have, as the serializer sees them.</summary>
    public static JsonTypeInfo Contract<T>() => Options.GetTypeInfo(typeof(T));

    private static Dictionary<string, string[]> Check(JsonElement body, JsonTypeInfo contract, List<JsonTextCheck.Member> members)
    {
        var errors = new Dictionary<string, string[]>();
        var known = contract.Properties.Select(p => p.Name).ToList();
        foreach (var member in members.Where(m => !known.Contains(m.Name, StringComparer.Ordinal)))
            errors[member.Name] = [$"Unknown member (line {member.Line}, position {member.Position}).{ClosestName.Hint(member.Name, known)} The body may have: {string.Join(", ", known)}."];
        foreach (var property in contract.Properties)
        {
            if (!body.TryGetProperty(property.Name, out var value))
            {
                if (property.IsRequired) errors[property.Name] = ["Required."];
                continue;
            }
            var at = members.First(m => m.Name == property.Name);
            if (value.ValueKind == JsonValueKind.Null)
            {
                if (!property.IsSetNullable) errors[property.Name] = [$"Must not be null (line {at.Line}, position {at.Position})."];
                continue;
            }
            try
            {
                value.Deserialize(property.PropertyType, Options);
            }
            catch (JsonException)
            {
                errors[property.Name] = [$"Must be {Describe(property.PropertyType)} (line {at.Line}, position {at.Position})."];
            }
        }
        return errors;
    }

    /// <summary>Marks a request record read by <see cref="StrictJsonBody"/>, so that the document states the same contract.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class ContractAttribute : Attribute;

    private static string Describe(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => "a string",
        var t when t == typeof(int) || t == typeof(long) => "a whole number",
        var t when t == typeof(bool) => "true or false",
        var t => $"a {t.Name}",
    };
}

/// <summary>How an endpoint that reads its body with <see cref="StrictJsonBody"/> documents it.</summary>
internal static class StrictJsonBodyConventions
{
    public static RouteHandlerBuilder AcceptsStrictJson<T>(this RouteHandlerBuilder endpoint) where T : class =>
        endpoint.Accepts<T>("application/json").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
