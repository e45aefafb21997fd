using Marten;
using Marten.Services;
using Supervision.Domain.People;

namespace Supervision.Api.Identity;

/// <summary>
/// After any commit on this node that changed a person (deactivated, role changed, linked), the directory's kept
/// answers are dropped, so the next request sees the change.
/// </summary>
public sealed class PersonChangesForgotten(DirectoryCache cache) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any(e => e.Data is PersonDeactivated or PersonRoleChanged or PersonLinked)) cache.Forget();
        return Task.CompletedTask;
    }
}
