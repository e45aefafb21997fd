using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Api.Plans;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using Supervision.Domain.Plans;
using static Supervision.Api.Tests.Support.WordTables;

namespace Supervision.Api.Tests.Jurisdictions;

/// <summary>
/// Issue 18, section 4: 绍兴市柯桥区 joins through the product alone, on one running host: no file edited, no restart. The
/// administrator registers the district and its office; the office uploads its plan as Word, reviews and confirms it,
/// registers the clerks of two units; one of them reports; 绍兴市's leader sees the district in the city's roll-up.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_a_new_district_joins_through_the_product(AppFixture app) : IAsyncLifetime
{
    private const string District = "keqiao";
    private const string PlanId = "keqiao-water-saving-2022";
    private static readonly Actor CityLeader = new("shaoxing-leader", "绍兴市领导", Role.Leader, null, "shaoxing");

    public Task InitializeAsync()
    {
        app.Clock.Reset();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task the_city_leader_sees_the_district_its_plan_and_its_first_report()
    {
        var admin = app.As(Support.People.ProvinceAdmin);
        await admin.Post("/api/jurisdictions", new { code = District, name = "绍兴市柯桥区", parent = "shaoxing" }, 201);
        var office = app.As(await SignedIn(await admin.Post("/api/people", new { name = "柯桥区督考办", role = "office", jurisdiction = District }, 201)));

        var rows = SeedRows();
        var preview = await Upload(office, "preview", accept: false);
        preview.GetProperty("tasks").GetArrayLength().ShouldBe(rows.Count);
        preview.GetProperty("proposedUnits").GetArrayLength().ShouldBeGreaterThan(0);
        var imported = await Upload(office, "import", accept: true);
        imported.GetProperty("tasksAssigned").GetInt32().ShouldBe(rows.Count);

        var tasks = (await office.Get($"/api/plans/{PlanId}/tasks")).EnumerateArray().ToList();
        var units = tasks.Select(t => t.GetProperty("leadUnits")[0].GetString()!).Distinct().Take(2).ToList();
        units.Count.ShouldBe(2);
        var clerks = new List<Actor>();
        foreach (var unit in units)
            clerks.Add(await SignedIn(await office.Post("/api/people", new { name = "柯桥科员", role = "department", unit, jurisdiction = District }, 201)));

        var reporter = clerks[0];
        var task = tasks.First(t => t.GetProperty("leadUnits")[0].GetString() == reporter.Unit).GetProperty("id").GetGuid();
        await app.As(reporter).Post($"/api/tasks/{task}/reports", new { period = "2022-03", progressPercent = 20 });
        await app.ViewsCaughtUp();

        var rollUp = await app.As(CityLeader).Get("/api/assessments/five-water?jurisdiction=shaoxing");
        var keqiao = rollUp.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("jurisdiction").GetString() == District);
        keqiao.GetProperty("jurisdictionName").GetString().ShouldBe("绍兴市柯桥区");
        keqiao.GetProperty("dimensions").EnumerateArray().Sum(d => d.GetProperty("tasks").GetInt32()).ShouldBe(rows.Count);
        var reports = await app.As(CityLeader).Get($"/api/tasks/{task}/reports");
        reports.GetProperty("reports").GetArrayLength().ShouldBe(1);
    }

    private async Task<Actor> SignedIn(JsonElement registered) => await Tests.People.District.AsSignedIn(app, registered.GetProperty("id").GetString()!);

    private async Task<JsonElement> Upload(ApiClient office, string route, bool accept)
    {
        var result = await office.Send(s =>
        {
            var url = s.Post.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent(Docx().ToArray()), "file", "柯桥区节水行动任务分解表.docx" } })
                .ToUrl($"/api/plans/{route}").QueryString("planId", PlanId).QueryString("jurisdiction", District)
                .QueryString("title", "柯桥区节水行动方案").QueryString("issuedOn", "2022-01-10");
            if (accept) url.QueryString("acceptProposedUnits", "true");
            s.StatusCodeShouldBe(200);
        });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone();
    }

    /// <summary>
    /// The first rows of 诸暨's seed table, headed as another office heads its columns (编号, 任务类别, 工作措施, 主办单位,
    /// 协同单位), with the category cell merged down over the rows that share it, as Word writes it.
    /// </summary>
    private static MemoryStream Docx()
    {
        var plan = Seed();
        string Names(IEnumerable<string> ids) => string.Join("、", ids.Select(id => plan.Units.First(u => u.Id == id).Name));
        var rows = SeedRows();
        var table = Table([
            Row(Cell("编号"), Cell("任务类别"), Cell("工作措施"), Cell("主办单位"), Cell("协同单位")),
            .. rows.Select((task, i) => Row(Cell((i + 1).ToString()),
                i > 0 && rows[i - 1].Category[0] == task.Category[0] ? Cell(MergedCellValues.Continue) : Cell(task.Category[0], MergedCellValues.Restart),
                Cell(task.Content), Cell(Names(task.LeadUnits)), Cell(Names(task.ParticipatingUnits))))]);
        return Document(Paragraph("柯桥区节水行动任务分解表"), table);
    }

    private static IReadOnlyList<PlanTaskRow> SeedRows() =>
        [.. Seed().Tasks.Where(t => t.Category.Count > 0 && t.LeadUnits.Count > 0).Take(10)];

    private static PlanDocument Seed() => PlanYaml.Read(File.ReadAllText(RepositoryFiles.PathOf("data", "plans", "zhuji.yaml")));
}
