using System.Globalization;

namespace Supervision.Demo;

/// <summary>The command line: ./supervise demo --jurisdictions N --years Y [--seed S] [--start yyyy-MM-dd] [--replace].</summary>
public sealed record DemoOptions(int Jurisdictions = 5, int Years = 2, int Seed = 1, DateOnly? Start = null, bool Replace = false)
{
    public const string Usage =
        "usage: ./supervise demo [--jurisdictions N (0-1000, default 5)] [--years Y (1-20, default 2)] [--seed S] [--start yyyy-MM-dd] [--replace]\n"
        + "  lives the Y years up to today, or Y years from --start when given (reproducible figures)";

    /// <summary>The options, or null (with the reason written) when an argument is unknown or out of range.</summary>
    public static DemoOptions? Parse(IReadOnlyList<string> args, TextWriter errors)
    {
        var options = new DemoOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : "";
            int? Number(int min, int max) => int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
            DemoOptions? next = args[i] switch
            {
                "--jurisdictions" => Number(0, 1000) is { } n ? options with { Jurisdictions = n } : null,
                "--years" => Number(1, 20) is { } n ? options with { Years = n } : null,
                "--seed" => Number(int.MinValue, int.MaxValue) is { } n ? options with { Seed = n } : null,
                "--start" => DateOnly.TryParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? options with { Start = d } : null,
                "--replace" => options with { Replace = true },
                _ => null,
            };
            if (next is null)
            {
                errors.WriteLine($"demo: '{args[i]}' is not understood here.\n{Usage}");
                return null;
            }
            options = next;
        }
        return options;
    }
}
