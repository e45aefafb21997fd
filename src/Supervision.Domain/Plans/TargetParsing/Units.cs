namespace Supervision.Domain.Plans.TargetParsing;

internal enum UnitClass { Bare, Percent, Physical, Count }

/// <summary>Canonical spelling and class of the units a plan prints after a number.</summary>
internal static class Units
{
    private static readonly Dictionary<string, string> Physical = new()
    {
        ["立方米/日"] = "m3/d", ["立方米/天"] = "m3/d", ["立方米/d"] = "m3/d", ["立方米每日"] = "m3/d",
        ["立方米每天"] = "m3/d", ["m3/d"] = "m3/d", ["方/日"] = "m3/d", ["方/天"] = "m3/d",
        ["吨/日"] = "t/d", ["吨/天"] = "t/d", ["t/d"] = "t/d",
        ["立方米"] = "m3", ["m3"] = "m3", ["方"] = "m3",
        ["公里"] = "km", ["千米"] = "km", ["km"] = "km",
        ["平方公里"] = "km2", ["平方米"] = "m2", ["公顷"] = "公顷", ["亩"] = "亩",
        ["吨"] = "t", ["升"] = "L", ["元"] = "元", ["头"] = "头",
    };

    private static readonly Dictionary<string, string> Percent = new()
    {
        ["%"] = "%", ["个百分点"] = "百分点", ["百分点"] = "百分点",
    };

    public static (string Unit, UnitClass Class) Canonical(string printed)
    {
        if (printed.Length == 0) return ("", UnitClass.Bare);
        if (Percent.TryGetValue(printed, out var percent)) return (percent, UnitClass.Percent);
        if (Physical.TryGetValue(printed, out var physical)) return (physical, UnitClass.Physical);
        return (printed, UnitClass.Count);
    }
}
