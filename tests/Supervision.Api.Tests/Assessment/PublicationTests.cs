using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Assessment.JinhuaYear;

namespace Supervision.Api.Tests.Assessment;

[Collection(ApiCollection.Name)]
public class when_the_jinhua_office_closes_2023_and_units_appeal(AppFixture app) : IAsyncLifetime
{
    public async Task InitializeAsync() => await Play(app);

    public Task DisposeAsync()
    {
        app.Clock.Reset();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task published_scores_stay_as_published_while_a_later_correction_changes_the_live_view_and_appeals_shape_the_final()
    {
        var office = app.As(Office);
        On(app, "2023-10-05");
        await office.Post("/api/assessments/periods/2023/close", null, 201);
        await office.Post("/api/assessments/periods/2023/close", null, 409);

        On(app, "2023-10-06");
        var t2 = (await office.Get($"/api/plans/{PlanId}/tasks")).EnumerateArray().Single(t => t.GetProperty("number").GetString() == "2").GetProperty("id").GetGuid();
        await app.As(Unit(Construction)).Post($"/api/tasks/{t2}/reports", new { period = "2023-Q3", progressPercent = 90, readings = new[] { new { targetId = "t1", value = 12 } } });
        var live = await office.Get("/api/scorecards?period=2023");
        var published = await office.Get("/api/scorecards?period=2023&view=published");
        ScoreOf(live, Construction).GetProperty("total").GetDecimal().ShouldBe(96m);
        ScoreOf(published, Construction).GetProperty("total").GetDecimal().ShouldBe(56m);

        var construction = await app.As(Unit(Construction)).Post("/api/assessments/periods/2023/appeals", new { reason = "Q1迟报系系统故障" });
        var agriculture = await app.As(Unit(Agriculture)).Post("/api/assessments/periods/2023/appeals", new { reason = "取水问题已整改" });
        await office.Post("/api/assessments/periods/2023/finalize", null, 409);
        var period = await office.Get("/api/assessments/periods/2023");
        var appeals = period.GetProperty("appeals").EnumerateArray().ToDictionary(a => a.GetProperty("unit").GetString()!, a => a.GetProperty("appealId").GetGuid());
        await office.Post($"/api/assessments/periods/2023/appeals/{appeals[Construction]}/uphold", new { adjustment = 2, reason = "经核实系统故障" });
        await office.Post($"/api/assessments/periods/2023/appeals/{appeals[Agriculture]}/reject", new { reason = "整改未验收" });

        On(app, "2023-10-09");
        await app.As(Unit(Water)).Post("/api/assessments/periods/2023/appeals", new { reason = "晚了" }, 409);
        await office.Post("/api/assessments/periods/2023/finalize", null);
        var final = await office.Get("/api/scorecards?period=2023&view=final");
        ScoreOf(final, Construction).GetProperty("total").GetDecimal().ShouldBe(58m);
        ScoreOf(final, Agriculture).GetProperty("grade").GetString().ShouldBe("不合格");
        ScoreOf(await office.Get("/api/scorecards?period=2023&view=published"), Construction).GetProperty("total").GetDecimal().ShouldBe(56m);
        construction.GetProperty("version").GetInt64().ShouldBeGreaterThan(0);
        agriculture.GetProperty("version").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task a_new_rule_version_rescoring_history_leaves_published_scores_alone()
    {
        On(app, "2023-10-05");
        var rules = (await app.As(Office).Get("/api/assessments/rules"))[0];
        var strict = System.Text.Json.Nodes.JsonNode.Parse(rules.GetRawText())!;
        strict["deductions"]!["perChase"] = 2;
        var totalsBefore = await app.As(Office).Get($"/api/scorecards/{Construction}?period=2023");
        await app.As(Office).Post("/api/assessments/rules", new { rules = strict, note = "x" }, 403);
        await app.As(Support.People.Admin).Post("/api/assessments/rules", new { rules = strict, note = "催办每次扣2分" }, 201);

        var versions = await app.As(Office).Get("/api/assessments/rules");
        var latest = versions.EnumerateArray().Max(v => v.GetProperty("version").GetInt32());
        // The unit's totals read just before were under the rules then; the next read is under the new ones.
        totalsBefore.GetProperty("ruleVersion").GetInt32().ShouldBeLessThan(latest);
        (await app.As(Office).Get($"/api/scorecards/{Construction}?period=2023")).GetProperty("ruleVersion").GetInt32().ShouldBe(latest);
        var whatIf = await app.As(Office).Get($"/api/scorecards?period=2023&ruleVersion={latest}&asOf=2023-10-05T12:00:00%2B08:00");
        var before = await app.As(Office).Get("/api/scorecards?period=2023&ruleVersion=1&asOf=2023-10-05T12:00:00%2B08:00");

        ScoreOf(whatIf, Construction).GetProperty("ruleVersion").GetInt32().ShouldBe(latest);
        ScoreOf(whatIf, Construction).GetProperty("deductions").GetProperty("points").GetDecimal().ShouldBe(5m);
        ScoreOf(before, Construction).GetProperty("deductions").GetProperty("points").GetDecimal().ShouldBe(2m);

        // A moment past for good is kept per rule version: the first version's answer is not served for the latest.
        var keptBefore = await app.As(Office).Get("/api/scorecards?period=2023&ruleVersion=1&asOf=2023-10-01T12:00:00%2B08:00");
        var keptWhatIf = await app.As(Office).Get($"/api/scorecards?period=2023&ruleVersion={latest}&asOf=2023-10-01T12:00:00%2B08:00");
        ScoreOf(keptBefore, Construction).GetProperty("deductions").GetProperty("points").GetDecimal().ShouldBe(2m);
        ScoreOf(keptWhatIf, Construction).GetProperty("deductions").GetProperty("points").GetDecimal().ShouldBe(5m);
    }

    [Fact]
    public async Task the_scorecards_export_to_csv_and_xlsx_with_chinese_headers()
    {
        On(app, "2023-10-05");
        var csv = await app.As(Office).Send(s => { s.Get.Url("/api/scorecards?period=2023&format=csv&asOf=2023-10-05T12:00:00%2B08:00"); s.StatusCodeShouldBe(200); });
        var text = await csv.ReadAsTextAsync();
        text.ShouldContain("排名,单位,目标完成");
        text.ShouldContain("市建设局");

        var xlsx = await app.As(Office).Send(s => { s.Get.Url("/api/scorecards?period=2023&format=xlsx&asOf=2023-10-05T12:00:00%2B08:00"); s.StatusCodeShouldBe(200); });
        var bytes = new MemoryStream();
        await xlsx.Context.Response.Body.CopyToAsync(bytes);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes.ToArray()), false);
        var cells = Cells(workbook);
        cells.ShouldContain("总分");
        cells.ShouldContain("市水务局");
        cells.ShouldContain("100");
    }

    [Fact]
    public async Task the_five_water_view_and_the_ledger_export_too()
    {
        On(app, "2023-10-05");
        var fiveWater = await app.As(Office).Get("/api/assessments/five-water?period=2023");
        fiveWater.GetProperty("dimensions").GetArrayLength().ShouldBe(5);
        var supply = fiveWater.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "保供水");
        var yiwu = fiveWater.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("jurisdiction").GetString() == "yiwu");
        var yiwuSupply = yiwu.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "保供水");
        supply.GetProperty("tasks").GetInt32().ShouldBe(1 + yiwuSupply.GetProperty("tasks").GetInt32());
        supply.GetProperty("closed").GetInt32().ShouldBe(1 + yiwuSupply.GetProperty("closed").GetInt32());
        fiveWater.GetProperty("units").EnumerateArray().ShouldContain(u => u.GetProperty("unit").GetString() == Water
            && u.GetProperty("cell").GetProperty("name").GetString() == "保供水" && u.GetProperty("cell").GetProperty("score").GetDecimal() == 100m);
        var ledger = await app.As(Office).Send(s => { s.Get.Url($"/api/ledger?planId={PlanId}&format=csv"); s.StatusCodeShouldBe(200); });
        (await ledger.ReadAsTextAsync()).ShouldContain("管网漏损治理");
    }

    private static List<string> Cells(SpreadsheetDocument workbook)
    {
        var shared = workbook.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return workbook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>())
            .Select(c => c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text)] : c.InnerText).ToList();
    }
}
