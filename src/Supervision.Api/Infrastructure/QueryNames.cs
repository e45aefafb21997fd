using Supervision.Domain.Decisions;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// Enumerated query values (light, dimension, view, format, status) are bound as text and read strictly: exactly a
/// name the API documents, else a 400 naming the parameter, never a silent default.
/// </summary>
public static class QueryNames
{
    public static Refusal? Unknown<T>(string? text, string parameter) where T : struct, Enum =>
        text is null || EnumNames.TryParse<T>(text, out _) ? null : Refusal.Invalid(parameter, $"'{parameter}' is one of {EnumNames.Listed<T>()}.");

    /// <summary>The value named, once <see cref="Unknown{T}"/> has found nothing wrong; null when absent.</summary>
    public static T? Parse<T>(string? text) where T : struct, Enum => EnumNames.TryParse<T>(text, out var value) ? value : null;
}
