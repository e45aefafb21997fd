using System.Globalization;

namespace Supervision.Bench;

/// <param name="WarmFixed">A fixed warm period instead of waiting for two windows to agree.</param>
public sealed record SideBySideOptions(int Rounds, TimeSpan Duration, TimeSpan Cold, TimeSpan WarmLimit, TimeSpan? WarmFixed, double WarmTolerance,
    TimeSpan Settle)
{
    public static SideBySideOptions From(string[] args, bool quick)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        double? Number(string name) => Value(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : null;
        var warm = Number("--warm-seconds");
        return new(
            (int)(Number("--rounds") ?? 3),
            TimeSpan.FromSeconds(quick ? 3 : 15),
            TimeSpan.FromSeconds(Number("--cold-seconds") ?? (quick ? 10 : 30)),
            TimeSpan.FromSeconds(warm ?? Number("--warm-limit") ?? (quick ? 15 : 120)),
            warm is { } w ? TimeSpan.FromSeconds(w) : null,
            Number("--warm-tolerance") ?? 0.1,
            TimeSpan.FromSeconds(quick ? 1 : 3));
    }
}
