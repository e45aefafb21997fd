namespace Supervision.Domain.Plans.TargetParsing;

/// <summary>Splits a 、-list, leaving 、 inside brackets and quotes alone (县（市、区）is one item).</summary>
internal static class ListItems
{
    public static IReadOnlyList<string> Split(string list)
    {
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] switch
            {
                '（' or '(' or '“' or '《' => 1,
                '）' or ')' or '”' or '》' => -1,
                _ => 0,
            };
            if (list[i] != '、' || depth > 0) continue;
            items.Add(list[start..i]);
            start = i + 1;
        }
        items.Add(list[start..]);
        return items;
    }
}
