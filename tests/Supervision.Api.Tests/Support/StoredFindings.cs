using Marten;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Findings;

namespace Supervision.Api.Tests.Support;

/// <summary>
/// Finding documents of 常州市 stored straight into the database (its tenant when jurisdictions are tenants) under a task id of their own (a read's arrangement, no
/// events), so a list of them can be as long or as large as a test needs; deleted when the test ends.
/// </summary>
public sealed class StoredFindings : IAsyncDisposable
{
    private readonly AppFixture app;

    private StoredFindings(AppFixture app, Guid taskId, IReadOnlyList<Guid> ids) => (this.app, TaskId, Ids) = (app, taskId, ids);

    public Guid TaskId { get; }

    /// <summary>In the order the list endpoint gives them (by rectification deadline).</summary>
    public IReadOnlyList<Guid> Ids { get; }

    public static async Task<StoredFindings> Put(AppFixture app, int count, int descriptionLength)
    {
        var taskId = Guid.NewGuid();
        var findings = Enumerable.Range(0, count).Select(i => new Finding
        {
            Id = Guid.NewGuid(), TaskId = taskId, Jurisdiction = EnumValues.Changzhou, Unit = $"{EnumValues.Changzhou}.enum-department",
            Description = new string('x', descriptionLength), Category = "台账", Severity = FindingSeverity.Minor,
            RectificationDeadline = new DateOnly(2090, 1, 1).AddDays(i), RecordedAt = DateTimeOffset.UnixEpoch,
        }).ToList();
        await using var session = app.SessionOf(EnumValues.Changzhou);
        session.Store(findings.ToArray());
        await session.SaveChangesAsync();
        return new StoredFindings(app, taskId, [.. findings.Select(f => f.Id)]);
    }

    public async ValueTask DisposeAsync()
    {
        await using var session = app.SessionOf(EnumValues.Changzhou);
        session.DeleteWhere<Finding>(f => f.TaskId == TaskId);
        await session.SaveChangesAsync();
    }
}
