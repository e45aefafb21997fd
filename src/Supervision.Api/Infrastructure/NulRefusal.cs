using System.Text.Json;
using System.Text.Json.Serialization;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// PostgreSQL stores no U+0000 in text, and no field here has a use for it: a NUL anywhere a client writes text (path,
/// query, header, any JSON string) is a 400 naming where it was, before the request reaches an endpoint.
/// File names are made safe instead (see EvidenceFileNames); plan files refuse it when read.
/// </summary>
public static class NulRefusal
{
    public const string Detail = "Text must not contain the NUL character (U+0000).";

    public static void UseNulRefusal(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            if (Where(http.Request) is { } field)
            {
                await Problems.Write(http, StatusCodes.Status400BadRequest, Problems.Title(400), Detail,
                    new Dictionary<string, string[]> { [field] = [Detail] });
                return;
            }
            await next(http);
        });

    private static string? Where(HttpRequest request)
    {
        if (HasNul(request.Path.Value) || HasNul(request.PathBase.Value)) return "path";
        foreach (var (name, values) in request.Query)
        {
            if (HasNul(name)) return "query";
            if (values.Any(HasNul)) return name;
        }
        foreach (var (name, values) in request.Headers)
        {
            if (values.Any(HasNul)) return name;
        }
        return null;
    }

    private static bool HasNul(string? text) => text is not null && text.Contains('\0');

    /// <summary>Every string of a JSON request body, list items and dictionary keys included.</summary>
    public sealed class JsonStrings : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Checked(reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException());

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Checked(reader.GetString())!;

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value);

        private static string? Checked(string? text) => HasNul(text) ? throw new NulInJsonException() : text;
    }
}

/// <summary>Thrown while reading a JSON body; the serializer adds the path of the field.</summary>
public sealed class NulInJsonException() : JsonException(NulRefusal.Detail);
