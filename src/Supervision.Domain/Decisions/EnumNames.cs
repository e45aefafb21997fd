using System.Collections.Frozen;

namespace Supervision.Domain.Decisions;

/// <summary>
/// The names an enum defines, spelled as the API and the plan files spell them (camelCase: atLeast, halfYearly), and
/// nothing else: no numbers, no other case, no comma-joined combinations (which Enum.TryParse accepts for any enum).
/// </summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && Names<T>.ByName.TryGetValue(text, out value);
    }

    /// <summary>The value's name; a value the enum does not define has none (the caller's data is damaged: a 500, not a 400).</summary>
    public static string Of<T>(T value) where T : struct, Enum =>
        Names<T>.ByValue.TryGetValue(value, out var name) ? name
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a value {typeof(T).Name} defines.");

    public static bool IsDefined<T>(T value) where T : struct, Enum => Names<T>.ByValue.ContainsKey(value);

    /// <summary>The names an enum type defines, in declaration order.</summary>
    public static IReadOnlyList<string> NamesOf(Type enumType) => [.. Enum.GetNames(enumType).Select(CamelCase)];

    /// <summary>"minor, general, serious": what a refusal offers instead.</summary>
    public static string Listed<T>() where T : struct, Enum => string.Join(", ", Names<T>.InOrder);

    /// <summary>Names a field whose value is not one of T's (a direct domain caller may cast any number to an enum).</summary>
    public static Refusal? Undefined<T>(T value, string field) where T : struct, Enum =>
        IsDefined(value) ? null : Refusal.Invalid(field, $"'{field}' is one of {Listed<T>()}.");

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static class Names<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> InOrder = NamesOf(typeof(T));

        public static readonly FrozenDictionary<T, string> ByValue =
            Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => CamelCase(Enum.GetName(v)!));

        public static readonly FrozenDictionary<string, T> ByName =
            ByValue.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }
}
