using System.Text.Json;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Security;

/// <summary>One of everything in 诸暨, for the authorization matrix: a task led by the water bureau with a report, a pending
/// revisions and an extension, a finding, an inspection command, an evidence file, a closed period, and a person.</summary>
public sealed record MatrixWorld(Guid Task, Guid Report, Guid Revision, Guid SecondRevision, Guid Extension, Guid Finding, Guid Inspection, Guid Evidence,
    Guid Appeal, string Period, string Person)
{
    public const string Plan = "zhuji-water-saving-2022";

    /// <summary>A town of 诸暨 the matrix renames (its office, as the parent, may).</summary>
    public const string Renamed = "zhuji-matrix-town";
    /// <summary>A unit registered and deactivated: every restructuring of it is decided (a 409) without changing 诸暨.</summary>
    public const string DissolvedUnit = "zhuji.matrix-dissolved";

    public static readonly IReadOnlyDictionary<string, Actor?> Subjects = new Dictionary<string, Actor?>
    {
        ["office"] = Office,
        ["office (other city)"] = YiwuOffice,
        ["department (serving)"] = Department(WaterBureau),
        ["department (not serving)"] = Department(AgricultureBureau),
        ["department (other city)"] = YiwuWater,
        ["leader"] = Leader,
        ["leader (parent)"] = new("shaoxing-leader", "绍兴市领导", Role.Leader, null, "shaoxing"),
        ["admin"] = ProvinceAdmin,
        ["anonymous"] = null,
    };

    private static MatrixWorld? built;

    public static async Task<MatrixWorld> Build(AppFixture app)
    {
        if (built is not null) return built;
        app.Clock.Reset();
        var water = app.As(Department(WaterBureau));
        var task = await app.AssignedTask("授权矩阵测试任务");
        var evidence = await Upload(water);
        var report = await water.Post($"/api/tasks/{task}/reports", new { period = "2022-03", progressPercent = 10, evidenceIds = new[] { evidence } });
        var revision = await water.Post($"/api/tasks/{task}/target-revisions", new { targetId = "t1", proposedValue = 9, reason = "x" });
        var second = await water.Post($"/api/tasks/{task}/target-revisions", new { targetId = "t1", proposedValue = 9.5, reason = "y" });
        var extension = await water.Post($"/api/tasks/{task}/extensions", new { newDeadline = "2023-06-30", reason = "x" });
        var finding = await app.As(Office).Post("/api/findings", new
        {
            taskId = task, unit = WaterBureau, description = "d", category = "c", severity = "minor", rectificationDeadline = "2022-12-31",
        }, 201);
        var inspection = await app.As(Office).Post("/api/inspections", new
        {
            jurisdiction = Jurisdiction, taskIds = new[] { task }, instructions = "i", severity = "general", responseDeadline = "2022-12-31",
        }, 201);
        await app.As(Office).Post("/api/assessments/periods/2030/close", null, 201);
        await app.As(YiwuOffice).Post("/api/assessments/periods/2030/close", null, 201);
        await water.Post("/api/assessments/periods/2030/appeals", new { reason = "复核" });
        var appeal = (await app.As(Office).Get("/api/assessments/periods/2030")).GetProperty("appeals")[0].GetProperty("appealId").GetGuid();
        await app.As(ProvinceAdmin).Post("/api/jurisdictions", new { code = Renamed, name = "矩阵待更名镇", parent = Jurisdiction }, 201);
        var person = await app.As(Office).Post("/api/people", new { name = "授权矩阵测试人", role = "leader", jurisdiction = Jurisdiction }, 201);
        await app.As(Office).Post($"/api/jurisdictions/{Jurisdiction}/units", new { id = DissolvedUnit, name = "矩阵测试撤销单位", kind = "department" }, 201);
        await app.As(Office).Post($"/api/units/{DissolvedUnit}/deactivate", null);
        return built = new MatrixWorld(task, report.GetProperty("reportId").GetGuid(), revision.GetProperty("revisionId").GetGuid(),
            second.GetProperty("revisionId").GetGuid(),
            extension.GetProperty("extensionId").GetGuid(), finding.GetProperty("id").GetGuid(), inspection.GetProperty("id").GetGuid(),
            evidence, appeal, "2030", person.GetProperty("id").GetString()!);
    }

    private static async Task<Guid> Upload(ApiClient unit)
    {
        var result = await unit.Send(s =>
        {
            s.Post.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "file", "a.pdf" } }).ToUrl("/api/evidence");
            s.StatusCodeShouldBe(201);
        });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.GetProperty("id").GetGuid();
    }
}
