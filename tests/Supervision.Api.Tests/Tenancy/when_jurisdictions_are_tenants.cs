using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>诸暨 and 义乌 are tenants of one store: each works on its own data, and neither reaches the other's even by its ids.</summary>
[Collection(TenantCollection.Name)]
public sealed class when_jurisdictions_are_tenants(TenantHost host)
{
    [Fact]
    public async Task a_city_works_on_its_own_tasks_and_they_are_stored_under_its_tenant()
    {
        var id = (await host.As(Office).Post("/api/tasks", TaskStories.NewTask("租户内的任务"), 201)).GetProperty("id").GetGuid();
        await host.As(Department(WaterBureau)).Post($"/api/tasks/{id}/accept", null);
        await host.As(Department(WaterBureau)).Post($"/api/tasks/{id}/reports", TaskStories.Report());

        var task = await host.As(Office).Get($"/api/tasks/{id}");
        var history = await host.As(Office).GetAll($"/api/tasks/{id}/history");
        Assert.Contains(history, e => e.GetProperty("type").GetString() == "progress_reported");
        Assert.Equal(task.GetProperty("version").GetInt64(), history.Count);
        Assert.Equal(["zhuji"], await host.TenantsOf("mt_events", id, "stream_id"));
        Assert.Equal(["zhuji"], await host.TenantsOf("mt_streams", id));
        Assert.Equal(["zhuji"], await host.TenantsOf("mt_doc_supervisedtask", id));
    }

    [Fact]
    public async Task another_city_cannot_read_a_task_by_its_id()
    {
        var id = (await host.As(Office).Post("/api/tasks", TaskStories.NewTask("别人猜不到的任务"), 201)).GetProperty("id").GetGuid();

        await host.As(YiwuOffice).Get($"/api/tasks/{id}", 404);
        await host.As(YiwuOffice).Get($"/api/tasks/{id}/history", 404);
        await host.As(YiwuOffice).Get($"/api/tasks/{id}/reports", 404);
    }

    [Fact]
    public async Task another_city_cannot_append_to_a_task_by_its_id()
    {
        var id = (await host.As(Office).Post("/api/tasks", TaskStories.NewTask("别人写不进的任务"), 201)).GetProperty("id").GetGuid();

        await host.As(YiwuWater).Post($"/api/tasks/{id}/reports", TaskStories.Report(), 404);
        await host.As(YiwuOffice).Post($"/api/tasks/{id}/reminders", new { reason = "催办" }, 404);

        Assert.Equal(1, (await host.As(Office).Get($"/api/tasks/{id}")).GetProperty("version").GetInt64());
        Assert.Equal(["zhuji"], await host.TenantsOf("mt_events", id, "stream_id"));
    }
}
