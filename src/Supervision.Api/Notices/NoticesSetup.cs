using Marten;
using Supervision.Api.Notices.Delivering;
using Supervision.Api.Notices.Raising;
using Supervision.Api.Notices.Reading;
using Supervision.Domain;
using Supervision.Domain.Notices;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Marten;

namespace Supervision.Api.Notices;

/// <summary>
/// Notices: the events that tell someone something are forwarded by Wolverine from the transaction that appended them
/// (Marten's session is enrolled in Wolverine's durable outbox by the transactional middleware, so the forwarded message
/// is stored in that same transaction and survives a crash right after the commit), turned into workbench records and
/// delivery messages on durable local queues, retried with backoff, dead-lettered after the last retry.
/// </summary>
public static class NoticesSetup
{
    public static WebApplicationBuilder AddNotices(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Notices").Get<NoticeSettings>() ?? new NoticeSettings();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<EmailChannel>();
        builder.Services.AddSingleton<WebhookChannel>();
        builder.Services.AddHttpClient(WebhookChannel.ClientName);
        builder.Services.ConfigureMarten(options =>
        {
            options.Events.AddEventTypes([typeof(NoticeDelivered), typeof(NoticeFailed)]);
            options.Schema.For<NoticeRecord>().Index(n => n.PersonId).Index(n => n.CreatedAt);
            options.Schema.For<NoticeDelivery>();
            options.Schema.For<PersonNoticePreferences>().Identity(p => p.Id);
        });
        // The integration AddSupervisionPersistence registered (IntegrateWithWolverine): the forwarding is configured on it.
        var integration = builder.Services.Select(d => d.IsKeyedService ? null : d.ImplementationInstance).OfType<MartenIntegration>().FirstOrDefault()
            ?? throw new InvalidOperationException("AddNotices needs Marten integrated with Wolverine first (AddSupervisionPersistence).");
        // Forwarding on: each event type below reaches Wolverine as a NoticeRaised; no handler takes a raw event type, so
        // nothing else is forwarded.
        integration.UseFastEventForwarding = true;
        foreach (var type in NoticeCauses.EventTypes)
            typeof(NoticesSetup).GetMethod(nameof(Forward), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type).Invoke(null, [integration]);
        builder.Services.ConfigureWolverine(options => Retries(options, settings));
        return builder;
    }

    private static void Forward<T>(MartenIntegration integration) where T : IJurisdictionEvent =>
        integration.SubscribeToEvent<T>().TransformedTo(NoticeRaised.From);

    /// <summary>A failure that may pass is retried after each configured wait; one that cannot goes straight to the dead letters.</summary>
    private static void Retries(WolverineOptions options, NoticeSettings settings)
    {
        options.Policies.OnException<NoticeRefused>().MoveToErrorQueue();
        var waits = settings.RetrySeconds.Select(TimeSpan.FromSeconds).ToArray();
        var retry = options.Policies.OnException<NoticeNotYetDelivered>();
        if (waits.Length > 0) retry.ScheduleRetry(waits).Then.MoveToErrorQueue();
        else retry.MoveToErrorQueue();
    }
}
