using System.Text.RegularExpressions;

namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// Splits a unit cell into names: on 、，,；; 以及 and line breaks, never inside brackets (各镇乡（街道）). A name that only
/// says "its members" (各成员单位 on the line under 市节约用水工作领导小组) belongs to the body before it: one collective.
/// </summary>
internal static partial class UnitNames
{
    // A remark about how units work together (各部门按职责分工共同推进) is not part of any unit's name.
    [GeneratedRegex(@"(?:(?:按|根据)?(?:各自)?职责(?:分工)?(?:共同)?(?:推进|负责|落实)?|共同推进|等)$")]
    private static partial Regex Remark();

    [GeneratedRegex(@"^(?:各|全体)?成员单位$")]
    private static partial Regex MembersOfTheAbove();

    private const string Separators = "、，,；;\n";
    private const string Closing = "。.：:";

    public static IReadOnlyList<string> Split(string cell)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        var text = cell.Replace("以及", "\n", StringComparison.Ordinal);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length)
            {
                depth = Math.Max(0, depth + text[i] switch { '（' or '(' => 1, '）' or ')' => -1, _ => 0 });
                if (depth > 0 || !Separators.Contains(text[i])) continue;
            }
            var name = Remark().Replace(text[start..i].Trim().TrimEnd(Closing.ToCharArray()), "").Trim();
            if (name.Length > 0 && names.Count > 0 && MembersOfTheAbove().IsMatch(name)) names[^1] += name;
            else if (name.Length > 0) names.Add(name);
            start = i + 1;
        }
        return names;
    }
}
