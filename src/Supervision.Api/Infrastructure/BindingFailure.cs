using System.Text.RegularExpressions;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// What minimal-API binding refused, in the caller's terms. The framework's messages name .NET types and parameter or
/// property names ("Failed to bind parameter \"int? Page\"", "Implicit body inferred ..."); the caller sent `page`.
/// </summary>
public static partial class BindingFailure
{
    [GeneratedRegex(@"parameter ""(?<type>[^""]*?)\s*(?<name>[A-Za-z_]\w*)""", RegexOptions.ExplicitCapture)]
    private static partial Regex Parameter();

    public const string UnsupportedBody = "The body must be JSON (Content-Type: application/json), or a file where the endpoint takes one.";

    public static (int Status, string Detail, string? Field) Describe(BadHttpRequestException bad)
    {
        var message = bad.Message;
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            return (415, UnsupportedBody, null);
        if (message.StartsWith("Implicit body inferred", StringComparison.Ordinal) || message.Contains("from body", StringComparison.Ordinal))
            return (400, "A JSON body is required.", "body");
        if (Parameter().Match(message) is not { Success: true } match)
            return (bad.StatusCode, "The request could not be read.", null);
        var field = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value);
        return message.StartsWith("Required parameter", StringComparison.Ordinal)
            ? (400, $"'{field}' is required.", field)
            : (400, $"'{field}' must be {Expected(match.Groups["type"].Value.Replace("Nullable<", "").TrimEnd('?', '>'))}.", field);
    }

    private static string Expected(string type) => type switch
    {
        "int" or "long" or "short" => "a whole number in range",
        "decimal" or "double" or "float" => "a number",
        "bool" => "true or false",
        "Guid" => "an id (a GUID)",
        "DateOnly" => "a date like 2023-06-30",
        "DateTimeOffset" or "DateTime" => "a date and time like 2023-06-30T00:00:00+08:00",
        _ => "a valid value",
    };
}
