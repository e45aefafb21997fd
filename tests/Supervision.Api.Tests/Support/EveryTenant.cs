using JasperFx.Events;
using JasperFx.MultiTenancy;
using Marten;

namespace Supervision.Api.Tests.Support;

/// <summary>
/// Reads of every jurisdiction's documents and events from one session, for comparisons over the whole store: every
/// tenant's when Supervision__Tenancy=jurisdiction makes them conjoined, the session's own (the only) tenant otherwise.
/// A global document (the rule book, the people) is single-tenanted whatever the switch, and read as it is.
/// </summary>
public static class EveryTenant
{
    public static IQueryable<T> Documents<T>(IQuerySession session) where T : notnull =>
        session.DocumentStore.Options.FindOrResolveDocumentType(typeof(T)).TenancyStyle == TenancyStyle.Conjoined
            ? session.Query<T>().Where(x => x.AnyTenant())
            : session.Query<T>();

    public static IQueryable<IEvent> Events(IQuerySession session) =>
        session.DocumentStore.Options.Events.TenancyStyle == TenancyStyle.Conjoined
            ? session.Events.QueryAllRawEvents().Where(e => e.AnyTenant())
            : session.Events.QueryAllRawEvents();
}
