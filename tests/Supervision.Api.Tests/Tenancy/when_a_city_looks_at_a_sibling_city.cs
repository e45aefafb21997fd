using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>义乌 sits beside 诸暨, not above it: none of 诸暨's plans, tasks, figures or evidence reach 义乌, by id or by asking.</summary>
[Collection(TenantCollection.Name)]
public sealed class when_a_city_looks_at_a_sibling_city(TenantHost host)
{
    private const string ZhujiPlan = "zhuji-water-saving-2022";

    [Fact]
    public async Task it_reads_none_of_the_siblings_plan_tasks_or_figures()
    {
        var task = (await host.As(Office).GetAll($"/api/plans/{ZhujiPlan}/tasks"))[0].GetProperty("id").GetGuid();

        foreach (var url in new[]
        {
            $"/api/plans/{ZhujiPlan}", $"/api/plans/{ZhujiPlan}/tasks", $"/api/plans/{ZhujiPlan}/progress", $"/api/tasks/{task}",
            $"/api/tasks/{task}/lights", "/api/scorecards?jurisdiction=zhuji&period=2023", "/api/rankings?jurisdiction=zhuji",
            "/api/assessments/five-water?jurisdiction=zhuji", "/api/ledger?jurisdiction=zhuji", "/api/assessments/periods/2023/?jurisdiction=zhuji",
            "/api/rankings/jurisdictions?jurisdiction=shaoxing",
        })
            await host.As(YiwuOffice).Get(url, 404);
        (await host.As(YiwuOffice).GetAll("/api/plans")).ShouldNotContain(p => p.GetProperty("id").GetString() == ZhujiPlan);
        (await host.As(Office).Get($"/api/plans/{ZhujiPlan}/progress")).GetProperty("categories").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task its_evidence_is_read_in_its_own_city_and_by_an_administrator_only()
    {
        var upload = await host.As(Department(WaterBureau)).Upload("/api/evidence", "%PDF-1.7 整改报告"u8.ToArray(), "整改报告.pdf");
        upload.Status().ShouldBe(201);
        var id = (await upload.Json()).GetProperty("id").GetGuid();

        await host.As(YiwuOffice).Get($"/api/evidence/{id}/metadata", 404);
        await host.As(ProvinceLeader).Get($"/api/evidence/{id}/metadata", 404);
        (await host.As(Office).Get($"/api/evidence/{id}/metadata")).GetProperty("jurisdiction").GetString().ShouldBe("zhuji");
        (await host.As(ProvinceAdmin).Get($"/api/evidence/{id}/metadata")).GetProperty("jurisdiction").GetString().ShouldBe("zhuji");
        (await host.TenantsOf("mt_doc_evidencefile", id)).ShouldBe(["zhuji"]);
    }
}
