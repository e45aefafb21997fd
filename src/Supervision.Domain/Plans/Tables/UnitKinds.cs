namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// The kind a unit's name suggests, for review: 集团/公司 an enterprise; 各…, 委员会, 领导小组, 成员单位, 相关/有关单位 a
/// collective; a party organ (宣传部, 组织部, 统战部, 团委, 市委…) the party; a people's government the government; else a department.
/// </summary>
public static class UnitKinds
{
    private static readonly string[] Enterprise = ["集团", "公司"];
    private static readonly string[] Collective = ["委员会", "领导小组", "成员单位", "相关", "有关单位", "镇街", "街道"];
    private static readonly string[] Party = ["宣传部", "组织部", "统战部", "团委", "纪委", "市委", "区委", "县委", "党委"];
    private static readonly string[] Government = ["人民政府", "政府"];

    public static UnitKind Guess(string name) =>
        Enterprise.Any(name.Contains) ? UnitKind.Enterprise
        : name.StartsWith('各') || Collective.Any(name.Contains) ? UnitKind.Collective
        : Party.Any(name.Contains) ? UnitKind.Party
        : Government.Any(name.EndsWith) ? UnitKind.Government
        : UnitKind.Department;
}
