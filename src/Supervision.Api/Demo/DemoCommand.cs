using System.Diagnostics;
using JasperFx.CommandLine;
using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Plans;
using Supervision.Api.Tasks;
using Supervision.Domain.Assessment;
using Supervision.Domain.Assessment.Appealing;
using Supervision.Domain.Assessment.ClosingPeriods;
using Supervision.Domain.Assessment.Finalizing;
using Supervision.Domain.Decisions;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans;
using Supervision.Domain.Tasks;
using Supervision.Projections.Assessment;

namespace Supervision.Api.Demo;

public sealed class DemoInput : NetCoreInput
{
    [Description("Generated jurisdictions besides the five seed ones (each a copy of a seed plan)")]
    public int JurisdictionsFlag { get; set; } = 5;

    [Description("Years of activity from June 2020")]
    public int YearsFlag { get; set; } = 2;

    [Description("Random seed: the same seed gives the same history")]
    public int SeedFlag { get; set; } = 1;

    [Description("Wipe a database that already holds events first")]
    public bool ReplaceFlag { get; set; }
}

[Description("Fill the database with a deterministic history: ./supervise demo --jurisdictions 20 --years 3 --seed 7", Name = "demo")]
public sealed class DemoCommand : JasperFxAsyncCommand<DemoInput>
{
    public static readonly DateTimeOffset Start = new(2020, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly Actor Importer = new("system:demo", "演示数据", Role.Admin, null, "*");

    public override async Task<bool> Execute(DemoInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var catalog = host.Services.GetRequiredService<JurisdictionCatalog>();
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        if (!await Empty(store))
        {
            if (!input.ReplaceFlag)
            {
                Console.Error.WriteLine("The database already holds events. Run with --replace to wipe it and generate the demo history.");
                return false;
            }
            await store.Advanced.Clean.CompletelyRemoveAllAsync();
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        }

        var stopwatch = Stopwatch.StartNew();
        var plans = await Plans(store, catalog, configuration, input.JurisdictionsFlag);
        var clock = new DemoClock(Start);
        var importer = new PlanImporter(catalog, clock);
        foreach (var plan in plans)
        {
            await using var session = store.LightweightSession();
            var decision = await importer.Import(session, plan, Importer, CommandOrigin.Internal($"demo:{plan.Id}"), CancellationToken.None);
            if (decision.Refusal is { } refusal) throw new InvalidOperationException($"{plan.Id}: {refusal.Message}");
            await session.SaveChangesAsync();
        }

        var ids = plans.Select(p => p.Id).ToArray();
        List<SupervisedTask> tasks;
        await using (var query = store.QuerySession())
            tasks = (await query.Query<SupervisedTask>().Where(t => ids.Contains(t.PlanId!)).ToListAsync()).ToList();
        var world = new DemoWorld(input.SeedFlag);
        var end = Min(Start.AddYears(input.YearsFlag), DateTimeOffset.UtcNow);
        var appended = 0L;
        var versions = tasks.ToDictionary(t => t.Id, t => t.Version);
        for (var week = Start; week < end; week = week.AddDays(7))
        {
            var events = world.Week(tasks, week);
            await using var session = store.LightweightSession();
            // Appended with expected versions, so the inline snapshots carry the stream version the API's commands check.
            foreach (var stream in events.GroupBy(e => e.StreamId))
            {
                var batch = stream.ToList();
                var from = versions.GetValueOrDefault(stream.Key);
                var data = batch.Select(e => e.Data).ToArray();
                var action = batch[0].Starts is { } aggregate
                    ? session.Events.StartStream(aggregate, stream.Key, data)
                    : session.Events.Append(stream.Key, from + data.Length, data);
                versions[stream.Key] = from + data.Length;
                for (var i = 0; i < batch.Count; i++) action.Events[i].Stamp(batch[i].Actor, $"demo:{input.SeedFlag}:{week:yyyy-MM-dd}", batch[i].At);
            }
            appended += events.Count;
            if (BusinessTime(week).Month == 1 && BusinessTime(week).Day <= 7 && week > Start)
                appended += ClosePeriod(session, tasks, BusinessTime(week).Year - 1, week, await Closings(session, tasks, BusinessTime(week).Year - 1, week));
            await session.SaveChangesAsync();
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"demo: {plans.Count} plans in {plans.Select(p => p.Jurisdiction).Distinct().Count()} jurisdictions, {tasks.Count} tasks, "
            + $"{input.YearsFlag} years from {Start:yyyy-MM-dd} (seed {input.SeedFlag}): {appended:N0} events in {seconds:F1} s "
            + $"({appended / seconds:N0} events/s); {world.Refused} decisions refused by the domain and skipped");
        return true;
    }

    /// <summary>The five seed plans as they are, and copies of them for generated jurisdictions demo001, demo002 ... registered in the database.</summary>
    private static async Task<List<PlanDocument>> Plans(IDocumentStore store, JurisdictionCatalog catalog, IConfiguration configuration, int generated)
    {
        var folder = configuration["Supervision:SeedPlans"] ?? "data/plans";
        if (!Path.IsPathRooted(folder)) folder = Path.Combine(AppContext.BaseDirectory, folder);
        var seeds = Directory.GetFiles(folder, "*.yaml").Order().Select(f => PlanYaml.Read(File.ReadAllText(f))).ToList();
        var plans = new List<PlanDocument>(seeds);
        await using var session = store.LightweightSession();
        for (var i = 1; i <= generated; i++)
        {
            var seed = seeds[(i - 1) % seeds.Count];
            var code = $"demo{i:000}";
            var jurisdiction = new Jurisdiction(code, $"演示市{i:000}", catalog.Find(seed.Jurisdiction)?.Parent);
            catalog.Add(jurisdiction);
            session.Store(new RegisteredJurisdiction { Id = code, Name = jurisdiction.Name, Parent = jurisdiction.Parent });
            plans.Add(Copy(seed, code));
        }
        await session.SaveChangesAsync();
        return plans;
    }

    private static PlanDocument Copy(PlanDocument seed, string code)
    {
        string Unit(string id) => code + id[id.IndexOf('.')..];
        return seed with
        {
            Id = $"{code}-{seed.Id}",
            Jurisdiction = code,
            Units = seed.Units.Select(u => u with { Id = Unit(u.Id) }).ToList(),
            Tasks = seed.Tasks.Select(t => t with { LeadUnits = t.LeadUnits.Select(Unit).ToList(), ParticipatingUnits = t.ParticipatingUnits.Select(Unit).ToList() }).ToList(),
            Notes = seed.Notes.Select(n => n with { Units = n.Units.Select(Unit).ToList() }).ToList(),
        };
    }

    private static async Task<Dictionary<string, IReadOnlyList<UnitScore>>> Closings(IDocumentSession session, List<SupervisedTask> tasks, int year,
        DateTimeOffset at)
    {
        AssessmentPeriod.TryParse($"{year}", out var period);
        var scores = new Dictionary<string, IReadOnlyList<UnitScore>>();
        foreach (var jurisdiction in tasks.Select(t => t.Jurisdiction).Distinct().Order())
            scores[jurisdiction] = ScoreCalculator.Compute(await AssessmentFactsLoader.Load(session, jurisdiction, period, at, CancellationToken.None), ScoringRules.Default);
        return scores;
    }

    /// <summary>
    /// 年度考核: each office closes the past year in the first week of January (公示); the last-ranked unit appeals the
    /// next day, the office decides the appeal the day after (upheld with a point in even years, rejected in odd ones),
    /// and finalizes once the three-day objection window has passed.
    /// </summary>
    private static int ClosePeriod(IDocumentSession session, List<SupervisedTask> tasks, int year, DateTimeOffset at,
        Dictionary<string, IReadOnlyList<UnitScore>> scores)
    {
        var count = 0;
        foreach (var (jurisdiction, unitScores) in scores)
        {
            var office = new Actor($"{jurisdiction}-office-demo", "督考办", Role.Office, null, jurisdiction);
            PublishedAssessment? assessment = null;
            var decided = new List<(object Event, Actor Actor, DateTimeOffset At)>();
            bool Take(Decision decision, Actor actor, DateTimeOffset moment)
            {
                if (decision.IsRefused) return false;
                foreach (var e in decision.Events)
                {
                    assessment = PublishedAssessment.Folding.Evolve(assessment, e);
                    decided.Add((e, actor, moment));
                }
                return true;
            }

            if (!AssessmentPeriod.TryParse($"{year}", out var period)) continue;
            if (!Take(new ClosePeriod(jurisdiction, period, ScoringRules.Default).Decide(null, unitScores, office, at), office, at)) continue;
            if (unitScores.MaxBy(s => s.Rank) is { } last)
            {
                var unit = new Actor($"{last.Unit}-demo", last.Unit, Role.Department, last.Unit, jurisdiction);
                var appealId = Domain.StableId.For("demo-appeal", $"{jurisdiction}/{year}");
                if (Take(new LodgeAppeal(assessment!.Id, appealId, "部分报送逾期系系统故障所致，申请复核").Decide(assessment, unit, at.AddDays(1)), unit, at.AddDays(1)))
                {
                    IAssessmentCommand decision = year % 2 == 0
                        ? new UpholdAppeal(assessment.Id, appealId, 1, "经核实系系统故障，加回1分")
                        : new RejectAppeal(assessment.Id, appealId, "经核实报送逾期属实，维持原评分");
                    Take(decision.Decide(assessment, office, at.AddDays(2)), office, at.AddDays(2));
                }
            }
            Take(new FinalizeAssessment(assessment!.Id, ScoringRules.Default).Decide(assessment, office, at.AddDays(4)), office, at.AddDays(4));
            var action = session.Events.StartStream<PublishedAssessment>(PublishedAssessment.StreamFor(jurisdiction, $"{year}"),
                decided.Select(d => d.Event).ToArray());
            for (var i = 0; i < decided.Count; i++) action.Events[i].Stamp(decided[i].Actor, $"demo:close:{year}", decided[i].At);
            count += decided.Count;
        }
        return count;
    }

    private static async Task<bool> Empty(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        return !await session.Events.QueryAllRawEvents().AnyAsync();
    }

    private static DateOnly BusinessTime(DateTimeOffset moment) => Domain.Calendar.BusinessTime.Today(moment);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private sealed class DemoClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
