using Marten;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Tasks;
using Supervision.Domain;
using Supervision.Domain.Assessment;
using Supervision.Domain.Calendar;
using Supervision.Domain.Findings;
using Supervision.Domain.Identity;
using Supervision.Domain.Inspections;
using Supervision.Domain.Tasks;
using Supervision.Domain.Tasks.Chasing;
using Supervision.Domain.Warnings;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace Supervision.Api.Warnings;

public sealed record SweepOutcome(int TasksEvaluated, int RemindersIssued, int LightsChanged, int InspectionsEscalated)
{
    public static readonly SweepOutcome None = new(0, 0, 0, 0);

    /// <summary>The jurisdictions whose sweep failed (damaged data); every other one was swept.</summary>
    public IReadOnlyList<UnavailableJurisdiction> Unavailable { get; init; } = [];

    public static SweepOutcome operator +(SweepOutcome a, SweepOutcome b) => new(a.TasksEvaluated + b.TasksEvaluated,
        a.RemindersIssued + b.RemindersIssued, a.LightsChanged + b.LightsChanged, a.InspectionsEscalated + b.InspectionsEscalated)
    {
        Unavailable = [.. a.Unavailable, .. b.Unavailable],
    };
}

/// <summary>
/// The time-driven work, as of the injected clock: automatic reminders and chases, warning lights, escalation of
/// overdue inspection commands. Idempotent; appends at the versions it read, so a concurrent change makes it retry.
/// </summary>
public sealed class DeadlineSweep(OutboxedSessionFactory outbox, IWolverineRuntime wolverine, TimeProvider clock,
    JurisdictionIsolation isolation, Tenancy.Mode tenancy, ILogger<DeadlineSweep> logger)
{
    public static readonly Actor System = new(AutomaticReminders.System, "系统", Role.Admin, null, "*");

    /// <summary>Sweeps each jurisdiction on its own: one whose data makes its sweep fail is named, the others are swept.</summary>
    public async Task<SweepOutcome> RunEach(IEnumerable<string> jurisdictions, CancellationToken ct)
    {
        var outcome = SweepOutcome.None;
        foreach (var jurisdiction in jurisdictions)
        {
            var (swept, unavailable) = await isolation.Try(jurisdiction, "The deadline sweep", () => Run(jurisdiction, null, ct));
            outcome += swept ?? SweepOutcome.None with { Unavailable = [unavailable!] };
        }
        return outcome;
    }

    public async Task<SweepOutcome> Run(string jurisdiction, IReadOnlyCollection<Guid>? onlyTasks, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnce(jurisdiction, onlyTasks, ct);
            }
            catch (JasperFx.ConcurrencyException) when (attempt < 5)
            {
                logger.LogDebug("Deadline sweep of {Jurisdiction} met a concurrent change; retrying", jurisdiction);
            }
        }
    }

    private async Task<SweepOutcome> RunOnce(string jurisdiction, IReadOnlyCollection<Guid>? onlyTasks, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Enrolled in Wolverine's durable outbox, as a command's session is: the notices its reminders, chases, lights
        // and escalations cause are stored with them and sent after the commit, or not at all.
        // Under jurisdiction tenancy the jurisdiction's own tenant (the context carries it to the messages sent).
        await using var session = outbox.OpenSession(new MessageContext(wolverine) { TenantId = tenancy.Enabled ? jurisdiction : null });
        session.StampWith(System, CommandOrigin.Internal($"sweep:{now:O}"), now);
        var tasks = onlyTasks is null
            ? await session.Query<SupervisedTask>().Where(t => t.Jurisdiction == jurisdiction).ToListAsync(ct)
            : await session.Query<SupervisedTask>().Where(t => onlyTasks.Contains(t.Id)).ToListAsync(ct);
        tasks = tasks.Where(t => t.IsOpen || t.Light != WarningLight.None).ToList();
        // After a command only its tasks are evaluated, so only their findings are read.
        var taskIds = tasks.Select(t => t.Id).ToArray();
        var findings = onlyTasks is null
            ? await session.Query<Finding>().Where(f => f.Jurisdiction == jurisdiction && f.Status != FindingStatus.Closed).ToListAsync(ct)
            : await session.Query<Finding>().Where(f => taskIds.Contains(f.TaskId) && f.Status != FindingStatus.Closed).ToListAsync(ct);
        // Only the commands some unit has not answered yet (an indexed column): answered ones no longer bear on a light.
        var pending = (await session.Query<InspectionOrder>().Where(i => i.Jurisdiction == jurisdiction && !i.Answered).ToListAsync(ct)).ToList();
        var facts = new LightFacts([.. findings], pending);

        var (reminders, lights, escalations) = (0, 0, 0);
        foreach (var task in tasks)
        {
            var due = AutomaticReminders.Due(task, task.Schedule, now);
            var light = WarningLights.After(task, facts, now);
            var events = due.Cast<object>().Concat(light is null ? [] : [light]).ToArray();
            if (events.Length == 0) continue;
            session.Events.Append(task.Id, task.Version + events.Length, events);
            (reminders, lights) = (reminders + due.Count, lights + (light is null ? 0 : 1));
        }
        if (onlyTasks is null)
        {
            await BeginBusinessDay(session, jurisdiction, now, ct);
            foreach (var inspection in pending)
            {
                if (InspectionRules.Escalation(inspection, now) is not { } escalation) continue;
                session.Events.Append(inspection.Id, inspection.Version + 1, escalation);
                escalations++;
            }
        }
        await session.SaveChangesAsync(ct);
        return new SweepOutcome(tasks.Count, reminders, lights, escalations);
    }

    /// <summary>Records once per business day that the day began, which moves the jurisdiction's kept current views to it.</summary>
    private static async Task BeginBusinessDay(IDocumentSession session, string jurisdiction, DateTimeOffset now, CancellationToken ct)
    {
        var today = BusinessTime.Today(now);
        var clockId = AssessmentClock.IdFor(jurisdiction);
        var clock = await session.LoadAsync<AssessmentClock>(clockId, ct);
        if (clock?.Day == today) return;
        session.Events.Append(clockId, new AssessmentDayBegan(jurisdiction, today));
        session.Store(new AssessmentClock { Id = clockId, Day = today });
    }
}

/// <summary>The last business day begun for a jurisdiction (its day stream's id).</summary>
public sealed class AssessmentClock
{
    public static Guid IdFor(string jurisdiction) => CurrentAssessment.DayStream(jurisdiction);

    public Guid Id { get; set; }
    public DateOnly Day { get; set; }
}
