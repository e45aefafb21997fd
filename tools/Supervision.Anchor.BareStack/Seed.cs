using Marten;

namespace Supervision.Anchor.BareStack;

public static class Seed
{
    /// <summary>Starts the tasks' streams once; a restart on the same database keeps them.</summary>
    public static async Task Tasks(IServiceProvider services, int count)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession();
        if (await session.Query<ReportedTask>().AnyAsync()) return;
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            session.Events.StartStream<ReportedTask>(id, new TaskAssigned(id, $"task {i}"));
        }
        await session.SaveChangesAsync();
    }
}
