using System.Security.Cryptography;
using System.Text;

namespace Supervision.Domain.Plans.Tables;

/// <summary>
/// A readable id for a unit a table names: the English words of the known parts of its name, longest first
/// (市发展和改革局 → development-reform, 市机关事务管理中心 → government-offices-center), office suffixes (局, 委, 办 ...) and the
/// level prefix dropped. A name with no known part gets unit- and a stable hash of the name, never the Chinese itself.
/// </summary>
public static class UnitSlug
{
    private static readonly (string Part, string Words)[] Glossary = new (string, string)[]
    {
        ("水利", "water"), ("水务集团", "water-group"), ("水务", "water"), ("自来水公司", "tap-water-company"), ("供水", "water-supply"),
        ("节约用水", "water-saving"), ("节水", "water-saving"), ("五水共治", "five-water"),
        ("发展和改革", "development-reform"), ("发展改革", "development-reform"), ("发改", "development-reform"),
        ("经济和信息化", "economy-information"), ("经信", "economy-information"), ("工业和信息化", "industry-it"), ("工信", "industry-it"),
        ("自然资源和规划", "natural-resources-planning"), ("自然资源规划", "natural-resources-planning"), ("资源规划", "natural-resources-planning"),
        ("自然资源", "natural-resources"), ("住房和城乡建设", "housing-construction"), ("住房城乡建设", "housing-construction"),
        ("住房与城乡建设", "housing-construction"), ("住建", "housing-construction"), ("建设", "construction"),
        ("农业农村", "agriculture-rural"), ("商务", "commerce"), ("市场监督管理", "market-regulation"), ("市场监管", "market-regulation"),
        ("生态环境", "ecology-environment"), ("财政", "finance"), ("税务", "taxation"), ("统计", "statistics"),
        ("教育", "education"), ("教体", "education-sports"), ("科学技术", "science-technology"), ("科技", "science-technology"),
        ("卫生健康", "health"), ("卫健", "health"), ("文化和广电旅游体育", "culture-tourism-sports"), ("文广旅体", "culture-tourism-sports"),
        ("文化和广电旅游", "culture-tourism"), ("交通运输", "transport"), ("机关事务", "government-offices"), ("大数据", "big-data"),
        ("行政审批", "administrative-approval"), ("综合行政执法", "law-enforcement"), ("行政执法", "law-enforcement"),
        ("城市管理", "urban-management"), ("城管", "urban-management"), ("司法", "justice"), ("公安", "public-security"),
        ("应急管理", "emergency-management"), ("人力资源和社会保障", "human-resources"), ("人社", "human-resources"),
        ("民政", "civil-affairs"), ("金融", "financial"), ("海洋与渔业", "ocean-fishery"), ("林业", "forestry"), ("气象", "meteorology"),
        ("宣传", "publicity"), ("组织部", "organization"), ("统战", "united-front"), ("政法", "political-legal"), ("督考", "supervision-office"),
        ("融媒体", "media"), ("人民政府", "government"), ("市政府", "government"), ("政府", "government"), ("市场", "market"), ("街道办事处", "subdistrict-office"),
        ("乡镇", "townships"), ("镇街", "towns-subdistricts"), ("街道", "subdistricts"), ("成员单位", "members"),
        ("领导小组", "leading-group"), ("委员会", "committee"), ("办公室", "office"), ("中心", "center"), ("集团", "group"),
        ("公司", "company"), ("分局", "branch"), ("支行", "branch"), ("园林", "landscape"), ("市政", "municipal"), ("城投", "urban-investment"),
        ("相关部门", "departments"), ("有关单位", "units"), ("部门", "departments"),
    }.OrderByDescending(g => g.Item1.Length).ToArray();

    public static string For(string name)
    {
        var words = new List<string>();
        for (var i = 0; i < name.Length;)
        {
            var match = Glossary.FirstOrDefault(g => string.CompareOrdinal(name, i, g.Part, 0, g.Part.Length) == 0);
            if (match.Part is null) { i++; continue; }
            if (words.Count == 0 || words[^1] != match.Words) words.Add(match.Words);
            i += match.Part.Length;
        }
        return words.Count > 0 ? string.Join("-", words) : "unit-" + Hash(name);
    }

    private static string Hash(string name) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..6];
}
