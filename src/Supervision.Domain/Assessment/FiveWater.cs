namespace Supervision.Domain.Assessment;

/// <summary>五水共治: the five dimensions of Zhejiang's water governance assessment.</summary>
public enum Dimension { SewageTreatment, FloodControl, Drainage, WaterSupply, WaterSaving }

/// <summary>
/// The default classification of a task, from keywords of its category, title and content, first match wins:
/// 污水/零直排 → 治污水; 防洪/雨洪 → 防洪水; 排涝/海绵 → 排涝水; 供水/管网/水厂/饮用水 → 保供水; otherwise 抓节水.
/// The office can reassign a task (TaskDimensionReassigned).
/// </summary>
public static class FiveWater
{
    private static readonly (Dimension Dimension, string[] Keywords)[] Rules =
    [
        (Dimension.SewageTreatment, ["污水", "零直排"]),
        (Dimension.FloodControl, ["防洪", "雨洪"]),
        (Dimension.Drainage, ["排涝", "海绵"]),
        (Dimension.WaterSupply, ["供水", "管网", "水厂", "饮用水"]),
    ];

    public static Dimension Classify(IEnumerable<string> category, string content)
    {
        var text = string.Join(" ", category) + " " + content;
        foreach (var (dimension, keywords) in Rules)
        {
            if (keywords.Any(text.Contains)) return dimension;
        }
        return Dimension.WaterSaving;
    }

    public static string NameOf(Dimension dimension) => dimension switch
    {
        Dimension.SewageTreatment => "治污水",
        Dimension.FloodControl => "防洪水",
        Dimension.Drainage => "排涝水",
        Dimension.WaterSupply => "保供水",
        _ => "抓节水",
    };
}
