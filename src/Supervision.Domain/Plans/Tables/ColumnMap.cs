using System.Text.RegularExpressions;
using Supervision.Domain.Decisions;

namespace Supervision.Domain.Plans.Tables;

public enum ColumnRole { Number, Category, Content, Lead, Participating, Deadline, Remark }

/// <summary>
/// What each column of a task table holds, read from its header (normalized by <see cref="HeaderText"/>, a bracketed
/// note ignored). The same map finds the task table among a document's tables and reads it.
/// </summary>
public sealed partial record ColumnMap(IReadOnlyList<ColumnRole> Roles, int Content)
{
    private static readonly Dictionary<string, ColumnRole> Known = new[]
    {
        Names(ColumnRole.Number, "序号", "编号"),
        Names(ColumnRole.Category, "任务", "任务类别", "重点任务", "目标任务", "分类", "类别", "主要任务", "重点工作", "工作类别",
            "任务分类", "项目", "领域", "行动", "专项行动", "类型"),
        Names(ColumnRole.Content, "具体内容", "主要内容", "具体工作", "工作任务", "任务内容", "工作内容", "具体任务", "工作措施",
            "具体措施", "主要措施", "内容"),
        Names(ColumnRole.Lead, "牵头单位", "责任单位", "主办单位", "牵头部门", "责任部门", "主责单位", "牵头责任单位"),
        Names(ColumnRole.Participating, "参与单位", "配合单位", "协办单位", "参与部门", "配合部门", "协作单位", "协同单位"),
        Names(ColumnRole.Deadline, "完成时限", "完成时间", "时间节点", "时限", "时间要求"),
        Names(ColumnRole.Remark, "备注"),
    }.SelectMany(n => n).ToDictionary(n => n.Name, n => n.Role);

    // Headings that name the task itself when no column is more specific about the work (then they hold the content).
    private static readonly string[] TaskHeadings = ["重点任务", "主要任务", "重点工作", "任务"];

    [GeneratedRegex(@"\([^)]*\)$|[:]$")]
    private static partial Regex Noise();

    /// <summary>A header cell as the map reads it: normalized, a closing bracketed note or colon dropped.</summary>
    public static string Name(string header) => Noise().Replace(HeaderText.Normalize(header), "");

    /// <summary>Whether a header cell names the lead units (牵头单位, 责任单位, 牵头部门 ...).</summary>
    public static bool NamesLead(string header) => Known.GetValueOrDefault(Name(header), ColumnRole.Remark) == ColumnRole.Lead;

    public static ColumnMap Read(IReadOnlyList<string> headers) =>
        Match(headers, out var fault) ?? throw new PlanTableException(fault!.Describe(), fault.Unmapped);

    /// <summary>The map of these headers, or null with what stops them mapping.</summary>
    public static ColumnMap? Match(IReadOnlyList<string> headers, out HeaderFault? fault)
    {
        var names = headers.Select(Name).ToList();
        var roles = names.Select(n => n.Length == 0 ? ColumnRole.Category : Known.TryGetValue(n, out var role) ? role : (ColumnRole?)null).ToList();
        if (!roles.Contains(ColumnRole.Content) && names.FindLastIndex(TaskHeadings.Contains) is >= 0 and var task) roles[task] = ColumnRole.Content;
        // A content header spanning two columns covers a heading and the text: the last one holds the text.
        var content = roles.LastIndexOf(ColumnRole.Content);
        for (var i = 0; i < content; i++) if (roles[i] == ColumnRole.Content) roles[i] = ColumnRole.Category;
        var unmapped = headers.Where((_, i) => roles[i] is null || (content >= 0 && i > content && roles[i] is ColumnRole.Category or ColumnRole.Number)).ToList();
        var missing = new List<ColumnRole>();
        if (content < 0) missing.Add(ColumnRole.Content);
        if (!roles.Contains(ColumnRole.Lead)) missing.Add(ColumnRole.Lead);
        fault = unmapped.Count > 0 || missing.Count > 0 ? new HeaderFault(unmapped, missing) : null;
        return fault is null ? new ColumnMap(roles.Select(r => r!.Value).ToList(), content) : null;
    }

    public bool Has(ColumnRole role) => Roles.Contains(role);

    /// <summary>The columns' roles by name (number, category, content, lead ...), as an answer names them.</summary>
    public IReadOnlyList<string> RoleNames => Roles.Select(r => EnumNames.Of(r)).ToList();

    private static IEnumerable<(string Name, ColumnRole Role)> Names(ColumnRole role, params string[] names) => names.Select(n => (n, role));
}

/// <summary>Why a header row does not map: headers no known column matches, and roles no header fills.</summary>
public sealed record HeaderFault(IReadOnlyList<string> Unmapped, IReadOnlyList<ColumnRole> Missing)
{
    public string Describe()
    {
        var faults = new List<string>();
        if (Unmapped.Count > 0)
            faults.Add($"The headers {string.Join("、", Unmapped.Select(h => $"“{h}”"))} match no column this import knows "
                + "(序号, a category such as 任务类别 left of the content, 具体内容, 牵头单位, 参与单位, 完成时限, 备注).");
        if (Missing.Contains(ColumnRole.Content)) faults.Add("No column holds the task content (具体内容, 主要内容, 具体工作, 工作任务, 任务内容 ...).");
        if (Missing.Contains(ColumnRole.Lead)) faults.Add("No column names the lead units (牵头单位, 责任单位, 主办单位, 牵头部门, 责任部门).");
        return string.Join(" ", faults);
    }
}
