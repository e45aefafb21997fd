namespace Supervision.Api.Tests.Security;

public enum BodyKind { None, Json, Yaml, Multipart }

/// <summary>How to call one endpoint with a valid request, so that what answers is authorization, not validation.</summary>
public sealed record Recipe(string Path, BodyKind Kind = BodyKind.None, object? Body = null);

public static class Recipes
{
    public static Dictionary<string, Recipe> For(MatrixWorld w)
    {
        var t = $"/api/tasks/{w.Task}";
        var plan = "id: zhuji-matrix-import\njurisdiction: zhuji\ntitle: 诸暨市县域节水行动方案\ndefaultDeadline: 2022-12-31\nunits: []\n"
            + "tasks:\n  - { number: \"99\", category: [x], title: x, content: x, leadUnits: [zhuji.water], participatingUnits: [] }\n";
        return new()
        {
            ["POST /api/tasks/"] = new("/api/tasks", BodyKind.Json, Support.TaskStories.NewTask()),
            ["GET /api/tasks/{id:guid}"] = new(t),
            ["GET /api/tasks/{id:guid}/history"] = new($"{t}/history"),
            ["GET /api/tasks/{id:guid}/reports"] = new($"{t}/reports"),
            ["GET /api/tasks/{id:guid}/lights"] = new($"{t}/lights"),
            ["POST /api/tasks/{id:guid}/accept"] = new($"{t}/accept"),
            ["POST /api/tasks/{id:guid}/reports"] = new($"{t}/reports", BodyKind.Json, new { period = "2022-06", progressPercent = 20 }),
            ["POST /api/tasks/{id:guid}/reports/{reportId:guid}/return"] = new($"{t}/reports/{w.Report}/return", BodyKind.Json, new { reason = "x" }),
            ["POST /api/tasks/{id:guid}/target-revisions"] = new($"{t}/target-revisions", BodyKind.Json, new { proposedDeadline = "2023-03-31", reason = "x" }),
            ["POST /api/tasks/{id:guid}/target-revisions/{revisionId:guid}/approve"] = new($"{t}/target-revisions/{w.Revision}/approve"),
            ["POST /api/tasks/{id:guid}/target-revisions/{revisionId:guid}/reject"] = new($"{t}/target-revisions/{w.SecondRevision}/reject", BodyKind.Json, new { reason = "x" }),
            ["POST /api/tasks/{id:guid}/completion"] = new($"{t}/completion"),
            ["POST /api/tasks/{id:guid}/completion/approve"] = new($"{t}/completion/approve"),
            ["POST /api/tasks/{id:guid}/completion/return"] = new($"{t}/completion/return", BodyKind.Json, new { reason = "x" }),
            ["PUT /api/tasks/{id:guid}/reporting"] = new($"{t}/reporting", BodyKind.Json, new { cadence = "quarterly", dueDay = 10 }),
            ["POST /api/tasks/{id:guid}/extensions"] = new($"{t}/extensions", BodyKind.Json, new { newDeadline = "2024-06-30", reason = "x" }),
            ["POST /api/tasks/{id:guid}/extensions/{extensionId:guid}/approve"] = new($"{t}/extensions/{w.Extension}/approve"),
            ["POST /api/tasks/{id:guid}/extensions/{extensionId:guid}/reject"] = new($"{t}/extensions/{w.Extension}/reject", BodyKind.Json, new { reason = "x" }),
            ["POST /api/tasks/{id:guid}/reminders"] = new($"{t}/reminders", BodyKind.Json, new { reason = "x" }),
            ["PUT /api/tasks/{id:guid}/dimension"] = new($"{t}/dimension", BodyKind.Json, new { dimension = "waterSaving" }),
            ["POST /api/plans/import"] = new("/api/plans/import", BodyKind.Yaml, plan),
            ["POST /api/plans/preview"] = new("/api/plans/preview", BodyKind.Yaml, plan),
            ["GET /api/plans/"] = new("/api/plans"),
            ["GET /api/plans/{id}"] = new($"/api/plans/{MatrixWorld.Plan}"),
            ["GET /api/plans/{id}/tasks"] = new($"/api/plans/{MatrixWorld.Plan}/tasks"),
            ["GET /api/plans/{id}/progress"] = new($"/api/plans/{MatrixWorld.Plan}/progress"),
            ["GET /api/units/"] = new("/api/units?jurisdiction=zhuji"),
            ["GET /api/units/{id}"] = new("/api/units/zhuji.water"),
            ["POST /api/jurisdictions/{code}/units"] = new("/api/jurisdictions/zhuji/units", BodyKind.Json,
                new { id = MatrixWorld.DissolvedUnit, name = "矩阵测试撤销单位", kind = "department" }),
            ["POST /api/units/{id}/rename"] = new($"/api/units/{MatrixWorld.DissolvedUnit}/rename", BodyKind.Json, new { name = "矩阵测试新名", effectiveOn = "2030-01-01" }),
            ["POST /api/units/{id}/merge"] = new($"/api/units/{MatrixWorld.DissolvedUnit}/merge", BodyKind.Json, new { into = Support.People.WaterBureau, effectiveOn = "2030-01-01" }),
            ["POST /api/units/{id}/split"] = new($"/api/units/{MatrixWorld.DissolvedUnit}/split", BodyKind.Json,
                new { successors = new[] { Support.People.WaterBureau, Support.People.HousingBureau }, tasks = new { }, effectiveOn = "2030-01-01" }),
            ["POST /api/units/{id}/deactivate"] = new($"/api/units/{MatrixWorld.DissolvedUnit}/deactivate"),
            ["GET /api/warnings/"] = new("/api/warnings?jurisdiction=zhuji"),
            ["POST /api/warnings/evaluate"] = new("/api/warnings/evaluate"),
            ["POST /api/findings/"] = new("/api/findings", BodyKind.Json, new { taskId = w.Task, unit = "zhuji.water", description = "d", category = "c2", severity = "minor", rectificationDeadline = "2022-12-31" }),
            ["GET /api/findings/"] = new("/api/findings"),
            ["GET /api/findings/{id:guid}"] = new($"/api/findings/{w.Finding}"),
            ["POST /api/findings/{id:guid}/rectifications"] = new($"/api/findings/{w.Finding}/rectifications", BodyKind.Json, new { text = "x" }),
            ["POST /api/findings/{id:guid}/verify"] = new($"/api/findings/{w.Finding}/verify"),
            ["POST /api/findings/{id:guid}/reopen"] = new($"/api/findings/{w.Finding}/reopen", BodyKind.Json, new { reason = "x" }),
            ["POST /api/inspections/"] = new("/api/inspections", BodyKind.Json, new { jurisdiction = "zhuji", taskIds = new[] { w.Task }, instructions = "i", severity = "key", responseDeadline = "2022-12-31" }),
            ["GET /api/inspections/"] = new("/api/inspections"),
            ["GET /api/inspections/{id:guid}"] = new($"/api/inspections/{w.Inspection}"),
            ["POST /api/inspections/{id:guid}/sign"] = new($"/api/inspections/{w.Inspection}/sign"),
            ["POST /api/inspections/{id:guid}/respond"] = new($"/api/inspections/{w.Inspection}/respond", BodyKind.Json, new { text = "x" }),
            ["POST /api/evidence/"] = new("/api/evidence", BodyKind.Multipart),
            ["GET /api/evidence/{id:guid}"] = new($"/api/evidence/{w.Evidence}"),
            ["GET /api/evidence/{id:guid}/metadata"] = new($"/api/evidence/{w.Evidence}/metadata"),
            ["GET /api/inbox"] = new("/api/inbox"),
            ["GET /api/scorecards/"] = new("/api/scorecards?jurisdiction=zhuji&period=2022"),
            ["GET /api/scorecards/{unitId}"] = new("/api/scorecards/zhuji.water?jurisdiction=zhuji&period=2022"),
            ["GET /api/scorecards/{unitId}/explain"] = new("/api/scorecards/zhuji.water/explain?jurisdiction=zhuji&period=2022"),
            ["GET /api/rankings"] = new("/api/rankings?jurisdiction=zhuji&period=2022"),
            ["GET /api/assessments/five-water"] = new("/api/assessments/five-water?jurisdiction=zhuji&period=2022"),
            ["GET /api/assessments/five-water/explain"] = new("/api/assessments/five-water/explain?jurisdiction=zhuji&period=2022&dimension=waterSaving"),
            ["GET /api/ledger"] = new("/api/ledger?jurisdiction=zhuji"),
            ["GET /api/assessments/rules"] = new("/api/assessments/rules"),
            ["GET /api/admin/node"] = new("/api/admin/node"),
            ["GET /api/admin/dead-letters"] = new("/api/admin/dead-letters"),
            ["POST /api/admin/dead-letters/messages/{id:guid}/replay"] = new($"/api/admin/dead-letters/messages/{Guid.NewGuid()}/replay"),
            ["POST /api/admin/dead-letters/projections/{jurisdiction}/replay"] = new("/api/admin/dead-letters/projections/zhuji/replay"),
            ["POST /api/assessments/rules"] = new("/api/assessments/rules", BodyKind.Json, new { rules = Domain.Assessment.ScoringRules.Default, note = "x" }),
            ["POST /api/assessments/bonuses"] = new("/api/assessments/bonuses", BodyKind.Json, new { unit = "zhuji.water", points = 1, reason = "x" }),
            ["POST /api/assessments/periods/{period}/close"] = new($"/api/assessments/periods/{w.Period}/close"),
            ["GET /api/assessments/periods/{period}/"] = new($"/api/assessments/periods/{w.Period}?jurisdiction=zhuji"),
            ["POST /api/assessments/periods/{period}/appeals"] = new($"/api/assessments/periods/{w.Period}/appeals", BodyKind.Json, new { reason = "x" }),
            ["POST /api/assessments/periods/{period}/appeals/{appealId:guid}/uphold"] = new($"/api/assessments/periods/{w.Period}/appeals/{w.Appeal}/uphold", BodyKind.Json, new { adjustment = 0, reason = "x" }),
            ["POST /api/assessments/periods/{period}/appeals/{appealId:guid}/reject"] = new($"/api/assessments/periods/{w.Period}/appeals/{w.Appeal}/reject", BodyKind.Json, new { reason = "x" }),
            ["POST /api/people/"] = new("/api/people", BodyKind.Json, new { name = "矩阵登记", role = "leader", jurisdiction = "zhuji" }),
            ["GET /api/people/"] = new("/api/people?jurisdiction=zhuji"),
            ["GET /api/people/me"] = new("/api/people/me"),
            ["GET /api/people/{id}"] = new($"/api/people/{w.Person}"),
            ["POST /api/people/{id}/roles"] = new($"/api/people/{w.Person}/roles", BodyKind.Json, new { role = "office" }),
            ["POST /api/people/{id}/link"] = new($"/api/people/{w.Person}/link", BodyKind.Json, new { subject = "matrix-subject" }),
            ["POST /api/people/{id}/deactivate"] = new($"/api/people/{w.Person}/deactivate"),
            ["POST /api/assessments/periods/{period}/finalize"] = new($"/api/assessments/periods/{w.Period}/finalize"),
        };
    }
}
