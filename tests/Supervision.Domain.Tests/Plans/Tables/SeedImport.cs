using System.Text.RegularExpressions;
using Supervision.Domain.Plans;
using Supervision.Domain.Plans.Tables;
using Supervision.Domain.Tests.Plans.TargetParsing;

namespace Supervision.Domain.Tests.Plans.Tables;

/// <summary>
/// A seed's text export imported with the reviewed plan's units, next to the reviewed tasks. The seeds are the
/// published tables as given (../shared/seeds), copied into seeds/ here so the tests need nothing outside the repository.
/// </summary>
public sealed partial class SeedImport
{
    private SeedImport(ReviewedPlan reviewed, PlanDocument imported) => (Reviewed, Imported) = (reviewed, imported);

    public ReviewedPlan Reviewed { get; }
    public PlanDocument Imported { get; }

    public static string SeedText(string file)
    {
        var repository = Directory.GetParent(TestDataFiles.PlansFolder)!.Parent!.FullName;
        return File.ReadAllText(Path.Combine(repository, "tests", "Supervision.Domain.Tests", "Plans", "Tables", "seeds", file));
    }

    public static SeedImport Of(string plan)
    {
        var reviewed = ReviewedPlan.Load(plan);
        return new SeedImport(reviewed, PlanTableReader.Read(TableText.Parse(SeedText(reviewed.Source)), reviewed.Options()));
    }

    public IReadOnlyList<string> LeadMismatches() => UnitMismatches(t => t.LeadUnits, t => t.LeadUnits);

    public IReadOnlyList<string> ParticipatingMismatches() => UnitMismatches(t => t.ParticipatingUnits, t => t.ParticipatingUnits);

    /// <summary>Units the import used that the reviewed plan does not list (each would become a new unit).</summary>
    public IReadOnlyList<string> UnitsNotReviewed() =>
        Imported.Units.Where(u => Reviewed.Units.All(r => r.Id != u.Id)).Select(u => u.Name).ToList();

    /// <summary>Tasks whose unit ids differ from the reviewed ones, as "number: imported != reviewed" lines.</summary>
    public IReadOnlyList<string> UnitMismatches(
        Func<PlanTaskRow, IReadOnlyList<string>> imported, Func<ReviewedPlan.TaskRow, IReadOnlyList<string>> reviewed) =>
        Pairs().Where(p => !imported(p.Imported).SequenceEqual(reviewed(p.Reviewed)))
            .Select(p => $"{p.Reviewed.Number}: [{string.Join(", ", imported(p.Imported))}] != [{string.Join(", ", reviewed(p.Reviewed))}]")
            .ToList();

    public IReadOnlyList<string> ContentMismatches() =>
        Pairs().Where(p => Bare(p.Imported.Content) != Bare(p.Reviewed.Content))
            .Select(p => $"{p.Reviewed.Number}: {p.Imported.Content}")
            .ToList();

    private IEnumerable<(PlanTaskRow Imported, ReviewedPlan.TaskRow Reviewed)> Pairs() => Imported.Tasks.Zip(Reviewed.Tasks);

    private static string Bare(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
