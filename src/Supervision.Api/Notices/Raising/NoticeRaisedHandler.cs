using Marten;
using Supervision.Api.Jurisdictions;
using Supervision.Api.Notices.Delivering;
using Supervision.Api.Notices.Reading;
using Supervision.Domain.Identity;
using Supervision.Domain.Notices;
using Supervision.Domain.Notices.Addressing;
using Supervision.Domain.People;
using Supervision.Domain.Tasks;
using Wolverine;

namespace Supervision.Api.Notices.Raising;

/// <summary>
/// Turns an event into notices: who is told (the domain's rules, the directory, each person's choices), a workbench
/// record for each, and one delivery message per configured channel, held until after quiet hours or for the digest.
/// Everything is written in this handler's transaction, so a repeat of the message writes the same records and the
/// deliveries' keys keep each from being sent twice.
/// </summary>
public static class NoticeRaisedHandler
{
    public static async Task Handle(NoticeRaised raised, IDocumentSession session, IMessageContext bus, NoticeSettings settings,
        EmailChannel email, WebhookChannel webhook, JurisdictionCatalog jurisdictions, TimeProvider clock, CancellationToken ct)
    {
        var e = await session.Events.LoadAsync(raised.EventId, ct);
        if (e is null) return;
        var task = await session.LoadAsync<SupervisedTask>(TaskOf(e.Data) ?? raised.StreamId, ct);
        if (NoticeCauses.Of(e.Data, task?.LeadUnits ?? []) is not { } cause) return;
        var now = clock.GetUtcNow();
        var jurisdictionAndAbove = jurisdictions.WithAncestors(raised.Jurisdiction);
        var people = await Recipients(session, jurisdictionAndAbove, ct);
        foreach (var to in NoticeAddressing.Decide(cause, settings.RulesInForce, people, jurisdictionAndAbove, now))
        {
            var link = NoticeText.Link(settings.BaseUrl, to.Role, cause.Item);
            var subject = NoticeText.Subject(cause.Kind, task?.Title);
            session.Store(new NoticeRecord
            {
                Id = NoticeRecord.IdFor(raised.EventId, to.PersonId), PersonId = to.PersonId, Jurisdiction = raised.Jurisdiction,
                CauseEventId = raised.EventId, Kind = cause.Kind, Subject = subject, Line = cause.Line, Link = link, CreatedAt = now,
                DigestPending = to.Digest && email.Configured && to.Email is not null,
            });
            if (to.Digest && email.Configured && to.Email is not null)
                await bus.ScheduleAsync(new SendNoticeDigest(to.PersonId, raised.Jurisdiction, to.SendAt), Delay(to.SendAt, now));
            else if (!to.Digest && email.Configured && to.Email is not null)
                await Send(bus, new DeliverNotice(raised.EventId, raised.StreamId, raised.Jurisdiction, cause.Kind, NoticeChannel.Email, to.PersonId,
                    to.Email, subject, NoticeText.Body(cause, task?.Title, link)), to.SendAt, now);
        }
        await Robots(raised, cause, task?.Title, settings, webhook, bus, now);
    }

    /// <summary>The group robots of the units the event names (or of the jurisdiction, for the office's notices).</summary>
    private static async Task Robots(NoticeRaised raised, NoticeCause cause, string? title, NoticeSettings settings, WebhookChannel webhook,
        IMessageContext bus, DateTimeOffset now)
    {
        var audiences = NoticeRules.For(cause.Kind, settings.RulesInForce).Where(r => !r.Digest).Select(r => r.Audience).ToHashSet();
        var scopes = (audiences.Contains(NoticeAudience.UnitContacts) ? cause.Units : [])
            .Concat(audiences.Contains(NoticeAudience.Office) ? [raised.Jurisdiction] : []).Distinct();
        foreach (var robot in scopes.Select(webhook.RobotFor).OfType<RobotSettings>())
        {
            var link = NoticeText.Link(settings.BaseUrl, robot.Scope == raised.Jurisdiction ? Role.Office : Role.Department, cause.Item);
            await Send(bus, new DeliverNotice(raised.EventId, raised.StreamId, raised.Jurisdiction, cause.Kind, NoticeChannel.Webhook,
                $"robot:{robot.Scope}", robot.Scope, NoticeText.Subject(cause.Kind, title), NoticeText.Body(cause, title, link)),
                QuietHours.Default.Release(now, cause.Urgent), now);
        }
    }

    /// <summary>The event's jurisdiction's people, and the leaders of the jurisdictions above it.</summary>
    private static async Task<List<NoticeRecipient>> Recipients(IDocumentSession session, IReadOnlyList<string> jurisdictionAndAbove,
        CancellationToken ct)
    {
        var here = jurisdictionAndAbove[0];
        var above = jurisdictionAndAbove.Skip(1).ToArray();
        var people = await Infrastructure.Tenancy.ReadGlobal(session, global => global.Query<Person>()
            .Where(p => p.Active && (p.Jurisdiction == here || (p.Role == Role.Leader && above.Contains(p.Jurisdiction)))).ToListAsync(ct));
        var choices = (await session.LoadManyAsync<PersonNoticePreferences>(ct, people.Select(p => p.PersonId)))
            .ToDictionary(c => c.Id, c => c.Preferences);
        return people.Select(p => new NoticeRecipient(p.PersonId, p.Role, p.Jurisdiction, p.Unit, p.Contacts?.Email,
            choices.GetValueOrDefault(p.PersonId) ?? NoticePreferences.Default)).ToList();
    }

    /// <summary>A finding belongs to a task: its notice names the task, whose title it carries.</summary>
    private static Guid? TaskOf(object data) => data is Domain.Findings.FindingRecorded f ? f.TaskId : null;

    /// <summary>Held by the injected clock's measure, so quiet hours follow it in tests as in production.</summary>
    private static TimeSpan Delay(DateTimeOffset at, DateTimeOffset now) => at > now ? at - now : TimeSpan.Zero;

    private static async Task Send(IMessageContext bus, DeliverNotice notice, DateTimeOffset at, DateTimeOffset now)
    {
        if (at > now) await bus.ScheduleAsync(notice, at - now);
        else await bus.PublishAsync(notice);
    }
}
