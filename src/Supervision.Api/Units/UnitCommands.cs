using Marten;
using Supervision.Api.Identity;
using Supervision.Api.Infrastructure;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Tasks;
using Supervision.Domain;
using Supervision.Domain.Findings;
using Supervision.Domain.Inspections;
using Supervision.Domain.Plans.Importing;
using Supervision.Domain.Tasks;
using Supervision.Domain.Units;
using Supervision.Domain.Units.Registering;
using Wolverine;

namespace Supervision.Api.Units;

/// <summary>The answer to a command on a unit: units are named by their id, not by their stream.</summary>
public sealed record UnitChanged(string Id, long Version);

/// <summary>
/// Every command on a unit: read the facts it is decided on, let the domain decide, append each stream's events at the
/// version they were decided on (a task changed meanwhile makes the whole restructuring a 409, and nothing is appended).
/// </summary>
public static class UnitCommandHandler
{
    public static Task<CommandResult> Handle(CommandMessage<IUnitCommand> message, IDocumentSession session, JurisdictionCatalog catalog,
        TimeProvider clock, CancellationToken ct)
    {
        var (command, actor, now) = (message.Command, message.Actor, clock.GetUtcNow());
        var stream = StableId.Unit(command.UnitId);
        return StreamCommands.Once(session, message.Origin, now, ct, async () =>
        {
            var facts = await UnitFactsReader.Read(session, catalog, command, ct);
            var decision = command.Decide(facts, actor, now);
            if (decision.Refusal is { } refusal) return new CommandResult(stream, facts.Unit?.Version ?? 0, null, refusal);
            session.StampWith(actor, message.Origin, now);
            foreach (var change in decision.Changes) Append(session, change);
            var version = (facts.Unit?.Version ?? 0) + decision.Changes.Where(c => c.StreamId == stream).Sum(c => c.Events.Count);
            return new CommandResult(stream, version, null, null);
        });
    }

    private static void Append(IDocumentSession session, StreamChange change)
    {
        var events = change.Events.ToArray();
        if (change.ExpectedVersion is { } version) session.Events.Append(change.StreamId, version + events.Length, events);
        else session.Events.StartStream<RegisteredUnit>(change.StreamId, events);
    }
}

public static class UnitFactsReader
{
    public static async Task<UnitFacts> Read(IQuerySession session, JurisdictionCatalog catalog, IUnitCommand command, CancellationToken ct)
    {
        var unit = await session.LoadAsync<RegisteredUnit>(StableId.Unit(command.UnitId), ct);
        var jurisdiction = unit?.Jurisdiction ?? (command as RegisterUnit)?.Jurisdiction ?? "";
        var units = await session.Query<RegisteredUnit>().Where(u => u.Jurisdiction == jurisdiction).ToListAsync(ct);
        if (unit is null || command is RegisterUnit) return new UnitFacts(unit, units, catalog.Find(jurisdiction) is not null);
        var id = unit.UnitId;
        var tasks = await session.Query<SupervisedTask>()
            .Where(t => t.Jurisdiction == jurisdiction && (t.LeadUnits.Contains(id) || t.ParticipatingUnits.Contains(id))).ToListAsync(ct);
        var findings = await session.Query<Finding>()
            .Where(f => f.Jurisdiction == jurisdiction && f.Unit == id && f.Status != FindingStatus.Closed).ToListAsync(ct);
        var orders = await session.Query<InspectionOrder>()
            .Where(o => o.Jurisdiction == jurisdiction && !o.Answered && o.Units.Contains(id)).ToListAsync(ct);
        return new UnitFacts(unit, units, true, [.. tasks.Where(t => t.IsOpen).OrderBy(t => t.AssignedAt).ThenBy(t => t.Id)],
            [.. findings.OrderBy(f => f.RecordedAt)], [.. orders.Where(o => o.SilentUnits.Contains(id)).OrderBy(o => o.IssuedAt)]);
    }
}

/// <summary>How a unit endpoint sends its command and answers.</summary>
public static class UnitEndpointCommands
{
    public static Task<IResult> Send(this IMessageBus bus, HttpContext http, IUnitCommand command) =>
        bus.Send(http, command, answer: done => Results.Ok(new UnitChanged(command.UnitId, done.Version)),
            jurisdiction: UnitRules.JurisdictionOf(command.UnitId));

    /// <summary>Only an office or an administrator manages units: anyone else is refused before the body is read.</summary>
    public static RouteHandlerBuilder ForManagers(this RouteHandlerBuilder builder) =>
        builder.RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireClaim(Claims.Role, "office", "admin"));
}
