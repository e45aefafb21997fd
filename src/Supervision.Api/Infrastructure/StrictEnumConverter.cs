using System.Text.Json;
using System.Text.Json.Serialization;
using Supervision.Domain.Decisions;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Enums in request and response bodies are exactly the camelCase names they define. JsonStringEnumConverter also
/// reads other cases and comma-joined lists ("minor, serious", parsed as flags), which then failed every later read.
/// </summary>
public sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;
}

public sealed class StrictEnumConverter<T> : JsonConverter<T> where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw new UndefinedNameException(EnumNames.Listed<T>());

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    /// <summary>A value the enum does not define (damaged stored data) cannot be written: the response fails as a 500.</summary>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(EnumNames.Of(value));

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(EnumNames.Of(value));

    private static T Parse(string? text) =>
        EnumNames.TryParse<T>(text, out var value) ? value : throw new UndefinedNameException(EnumNames.Listed<T>());
}

/// <summary>A request named a value an enum does not define; the problem lists the names it does.</summary>
public sealed class UndefinedNameException(string names) : JsonException($"One of: {names}.")
{
    public string Names { get; } = names;
}
