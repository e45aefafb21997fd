using System.Globalization;
using Supervision.Domain.Decisions;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks.Targets;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Supervision.Api.Plans;

/// <summary>
/// Reads a plan data file (docs/plan-format.md). Unknown and repeated keys are errors, so a typo never passes silently;
/// what the file may hold is bounded as it is parsed (<see cref="PlanYamlParser"/>) and, once read, by the plan's rules.
/// </summary>
public static class PlanYaml
{
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    public static PlanDocument Read(string yaml)
    {
        PlanFile file;
        try
        {
            file = Reader.Deserialize<PlanFile>(new PlanYamlParser(yaml)) ?? throw new PlanFormatException("The plan file is empty.");
        }
        catch (YamlException e) when (e.InnerException is PlanFormatException refused)
        {
            throw refused;
        }
        catch (YamlException e)
        {
            throw new PlanFormatException($"The plan file is not valid at line {e.Start.Line}, column {e.Start.Column}: {e.InnerException?.Message ?? e.Message}");
        }
        return file.ToDocument();
    }

    private sealed class PlanFile
    {
        public string? Id { get; set; }
        public string? Jurisdiction { get; set; }
        public string? Title { get; set; }
        public string? Issuer { get; set; }
        public string? DocumentNumber { get; set; }
        public string? IssuedOn { get; set; }
        public string? Source { get; set; }
        public string? Status { get; set; }
        public string? DefaultDeadline { get; set; }
        public ReportingFile? Reporting { get; set; }
        public List<TargetFile?>? Indicators { get; set; }
        public List<NoteFile?>? Notes { get; set; }
        public List<UnitFile?>? Units { get; set; }
        public List<TaskFile?>? Tasks { get; set; }

        public PlanDocument ToDocument() => new(
            Required(Id, "id"), Required(Jurisdiction, "jurisdiction"), Required(Title, "title"), Issuer, DocumentNumber,
            Date(IssuedOn, "issuedOn"), Source, Date(DefaultDeadline, "defaultDeadline") ?? throw new PlanFormatException("defaultDeadline is required."),
            Reporting?.ToSchedule() ?? ReportingSchedule.Default,
            Each(Indicators, "indicators", i => i.ToIndicator()),
            Each(Units, "units", u => u.ToUnit()),
            Each(Tasks, "tasks", t => t.ToRow()))
        {
            Status = Status is null ? PlanStatus.Published : Parse<PlanStatus>(Status, "status"),
            ReportingSource = Reporting?.Source is { } source ? Parse<ReportingSource>(source, "reporting.source") : ReportingSource.OfficeDefault,
            ReportingText = Reporting?.Text,
            Notes = Each(Notes, "notes", n => n.ToNote()),
        };
    }

    private sealed class ReportingFile
    {
        public string? Cadence { get; set; } = "quarterly";
        public int DueDay { get; set; } = 10;
        public string? Source { get; set; }
        public string? Text { get; set; }

        public ReportingSchedule ToSchedule() => new(Parse<Cadence>(Cadence, "reporting.cadence"), DueDay);
    }

    private sealed class NoteFile
    {
        public string? Text { get; set; }
        public List<string>? Units { get; set; }

        public PlanNote ToNote() => new(Required(Text, "notes.text"), Units ?? []);
    }

    private sealed class TargetFile
    {
        public string? Metric { get; set; }
        public string? Comparator { get; set; }
        public decimal Value { get; set; }
        public string? Unit { get; set; }
        public string? Kind { get; set; }
        public int? BaselineYear { get; set; }
        public int? Year { get; set; }
        public bool Annual { get; set; }
        public string? Text { get; set; }

        public TargetSpec ToTarget() => new("", Required(Metric, "metric"), Parse<Comparator>(Comparator, "comparator"), Value,
            Unit ?? "", Year, Kind is null ? TargetKind.Level : Parse<TargetKind>(Kind, "kind"), BaselineYear, Annual);

        public PlanIndicator ToIndicator()
        {
            var t = ToTarget();
            return new PlanIndicator(t.Metric, t.Comparator, t.Value, t.Unit, t.Kind, t.BaselineYear, t.Year, t.Annual, Text);
        }
    }

    private sealed class UnitFile
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Kind { get; set; } = "department";
        public List<string>? Aliases { get; set; }

        public UnitDefinition ToUnit() =>
            new(Required(Id, "units.id"), Required(Name, "units.name"), Parse<UnitKind>(Kind, "units.kind"), Aliases ?? []);
    }

    private sealed class TaskFile
    {
        public string? Id { get; set; }
        public string? Number { get; set; }
        public List<string>? Category { get; set; }
        public string? Title { get; set; }
        public string? Content { get; set; }
        public List<string>? LeadUnits { get; set; }
        public List<string>? ParticipatingUnits { get; set; }
        public string? Deadline { get; set; }
        public List<TargetFile?>? Targets { get; set; }

        // A row without an id is keyed by its number, which must then be unique in the plan.
        public PlanTaskRow ToRow() => new(Id ?? Required(Number, "tasks.number"), Required(Number, "tasks.number"), Category ?? [],
            Title ?? Category?.LastOrDefault() ?? "",
            Content ?? "", LeadUnits ?? [], ParticipatingUnits ?? [], Date(Deadline, "tasks.deadline"), Each(Targets, "tasks.targets", t => t.ToTarget()));
    }

    /// <summary>A list left out or empty (<c>tasks: ~</c>) holds nothing; an entry left empty (<c>- ~</c>) is an error.</summary>
    private static List<TResult> Each<T, TResult>(List<T?>? entries, string field, Func<T, TResult> read) where T : class =>
        (entries ?? []).Select((entry, i) => entry is null ? throw new PlanFormatException($"{field}[{i}] is empty.") : read(entry)).ToList();

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new PlanFormatException($"{field} is required.") : value;

    private static DateOnly? Date(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) || value == "null" ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new PlanFormatException($"{field} must be a date like 2022-12-31, not '{value}'.");

    /// <summary>An enum name as the API spells it (halfYearly) or as docs/plan-format.md does (half-yearly, office-default).</summary>
    private static T Parse<T>(string? value, string field) where T : struct, Enum =>
        EnumNames.TryParse<T>(value, out var parsed) || EnumNames.TryParse(CamelCase(value), out parsed) ? parsed
        : throw new PlanFormatException($"{field} '{value}' is not one of {EnumNames.Listed<T>()}.");

    private static string? CamelCase(string? kebab) =>
        kebab is null || !kebab.Contains('-') ? null
        : string.Concat(kebab.Split('-').Select((word, i) => i == 0 || word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..]));
}

/// <summary>A plan file or table that cannot be read (400), or is larger than its format allows (413); the message says where and why.</summary>
public sealed class PlanFormatException(string message, int status = StatusCodes.Status400BadRequest) : Exception(message)
{
    public int Status { get; } = status;
}
