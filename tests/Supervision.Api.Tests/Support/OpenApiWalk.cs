using System.Text.Json;

namespace Supervision.Api.Tests.Support;

/// <summary>Reads the API's OpenAPI document: which fields of a request body are enums (a schema with an "enum" list).</summary>
public static class OpenApiWalk
{
    public static void EnumFields(JsonElement document, JsonElement schema, string path, Action<string> found, int depth = 0)
    {
        if (depth > 12) return;
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var resolved = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
            EnumFields(document, resolved, path, found, depth + 1);
            return;
        }
        if (schema.TryGetProperty("enum", out _)) found(path);
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
            if (schema.TryGetProperty(combinator, out var options))
                foreach (var option in options.EnumerateArray()) EnumFields(document, option, path, found, depth + 1);
        if (schema.TryGetProperty("properties", out var properties))
            foreach (var property in properties.EnumerateObject())
                EnumFields(document, property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", found, depth + 1);
        if (schema.TryGetProperty("items", out var items)) EnumFields(document, items, $"{path}[]", found, depth + 1);
    }
}
