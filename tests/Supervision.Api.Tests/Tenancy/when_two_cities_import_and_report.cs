using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>诸暨 and 义乌 each import a plan and report on it, each in its own tenant; a plan id is one plan's in every city.</summary>
[Collection(TenantCollection.Name)]
public sealed class when_two_cities_import_and_report(TenantHost host)
{
    private const string Yaml = "application/yaml";

    [Fact]
    public async Task each_city_imports_its_plan_and_reports_on_it_in_its_own_tenant()
    {
        foreach (var (office, department, plan) in new[]
        {
            (Office, Department(WaterBureau), new SmallPlan("zhuji") { Id = "zhuji-tenancy-import" }),
            (YiwuOffice, YiwuWater, new SmallPlan("yiwu") { Id = "yiwu-tenancy-import" }),
        })
        {
            (await host.As(office).PostText("/api/plans/import", plan.Yaml, Yaml)).GetProperty("tasksAssigned").GetInt32().ShouldBe(2);
            var task = (await host.As(office).GetAll($"/api/plans/{plan.Id}/tasks"))[0].GetProperty("id").GetGuid();
            var due = (await host.As(office).Get($"/api/tasks/{task}/reports")).GetProperty("periods")[0].GetProperty("period").GetString();
            await host.As(department).Post($"/api/tasks/{task}/accept", null);
            await host.As(department).Post($"/api/tasks/{task}/reports", TaskStories.Report(due!));

            (await host.As(office).Get($"/api/tasks/{task}/reports")).GetProperty("reports").GetArrayLength().ShouldBe(1);
            (await host.TenantsOf("mt_events", task, "stream_id")).ShouldBe([plan.Jurisdiction]);
            (await host.TenantsOf("mt_doc_supervisedplan", Domain.StableId.Plan(plan.Id))).ShouldBe([plan.Jurisdiction]);
        }
    }

    [Fact]
    public async Task an_administrator_imports_into_the_plans_city_and_a_plan_id_is_not_taken_twice()
    {
        var plan = new SmallPlan("zhuji") { Id = "imported-by-the-province" };
        var taken = new SmallPlan("yiwu") { Id = plan.Id };

        (await host.As(ProvinceAdmin).PostText("/api/plans/import", plan.Yaml, Yaml)).GetProperty("tasksAssigned").GetInt32().ShouldBe(2);
        var refused = await host.As(YiwuOffice).PostText("/api/plans/import", taken.Yaml, Yaml, 404);
        var named = await host.As(ProvinceAdmin).PostText("/api/plans/import", taken.Yaml, Yaml, 409);

        (await host.TenantsOf("mt_doc_supervisedplan", Domain.StableId.Plan(plan.Id))).ShouldBe(["zhuji"]);
        (await host.As(Office).GetAll($"/api/plans/{plan.Id}/tasks")).Count.ShouldBe(2);
        refused.GetProperty("detail").GetString()!.ShouldNotContain("zhuji");
        named.GetProperty("detail").GetString()!.ShouldContain("zhuji");
    }
}
