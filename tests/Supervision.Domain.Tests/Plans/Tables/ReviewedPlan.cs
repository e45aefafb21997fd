using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Tables;
using Supervision.Domain.Tests.Plans.TargetParsing;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Supervision.Domain.Tests.Plans.Tables;

/// <summary>A reviewed plan file in data/plans (docs/plan-format.md): the ground truth a table import is held to.</summary>
public sealed class ReviewedPlan
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public string Id { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public string Title { get; set; } = "";
    public string Source { get; set; } = "";
    public DateOnly DefaultDeadline { get; set; }
    public List<UnitRow> Units { get; set; } = [];
    public List<TaskRow> Tasks { get; set; } = [];

    public static ReviewedPlan Load(string plan) =>
        Yaml.Deserialize<ReviewedPlan>(File.ReadAllText(Path.Combine(TestDataFiles.PlansFolder, plan + ".yaml")));

    /// <summary>What an office importing the table would know: the plan's identity and its reviewed units.</summary>
    public TableImportOptions Options() => new(Id, Jurisdiction, Title, DefaultDeadline,
        Units.Select(u => new UnitDefinition(u.Id, u.Name, Enum.Parse<UnitKind>(u.Kind, ignoreCase: true), u.Aliases)).ToList());

    public sealed class UnitRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Kind { get; set; } = "department";
        public List<string> Aliases { get; set; } = [];
    }

    public sealed class TaskRow
    {
        public string? Id { get; set; }
        public string Number { get; set; } = "";
        public List<string> Category { get; set; } = [];
        public string Title { get; set; } = "";
        public string Content { get; set; } = "";
        public List<string> LeadUnits { get; set; } = [];
        public List<string> ParticipatingUnits { get; set; } = [];
        public DateOnly? Deadline { get; set; }

        /// <summary>The row's key: its id, or its number where the file gives no id.</summary>
        public string Key => Id ?? Number;
    }
}
