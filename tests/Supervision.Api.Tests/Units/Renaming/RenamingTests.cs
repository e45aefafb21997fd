using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Units.Renaming;

[Collection(ApiCollection.Name)]
public class when_the_water_bureau_becomes_the_water_affairs_bureau_from_2023(AppFixture app) : IAsyncLifetime
{
    private readonly SmallPlan plan = new(app.NewJurisdiction());

    private ApiClient Office => app.As(FreshJurisdictions.OfficeOf(plan.Jurisdiction));

    public async Task InitializeAsync()
    {
        app.Clock.Set(DateTimeOffset.Parse("2022-01-10T09:00:00+08:00"));
        await Office.PostText("/api/plans/import", plan.Yaml, "application/yaml");
        app.Clock.Set(DateTimeOffset.Parse("2023-02-01T09:00:00+08:00"));
        await Office.Post($"/api/units/{plan.Unit}/rename", new { name = "市水务局", effectiveOn = "2023-01-01", aliases = new[] { "水务局" } });
    }

    public Task DisposeAsync()
    {
        app.Clock.Reset();
        return Task.CompletedTask;
    }

    private async Task<string> Export(string period)
    {
        var result = await Office.Send(s => s.Get.Url($"/api/scorecards?period={period}&format=csv"));
        return await result.ReadAsTextAsync();
    }

    [Fact]
    public async Task the_2022_export_names_it_as_it_was_called_then_and_the_2023_export_by_its_new_name()
    {
        var old = await Export("2022");
        old.ShouldContain("市水利局");
        old.ShouldNotContain("市水务局");
        (await Export("2023")).ShouldContain("市水务局");
    }

    [Fact]
    public async Task the_explanation_of_2022_names_the_old_unit_and_the_registry_keeps_both_names()
    {
        (await Office.Get($"/api/scorecards/{plan.Unit}/explain?period=2022")).GetProperty("unitName").GetString().ShouldBe("市水利局");
        var unit = await Office.Get($"/api/units/{plan.Unit}");
        unit.GetProperty("name").GetString().ShouldBe("市水务局");
        unit.GetProperty("names").EnumerateArray().Select(n => (n.GetProperty("name").GetString(), n.GetProperty("from").ToString()))
            .ShouldBe([("市水利局", ""), ("市水务局", "2023-01-01")]);
        unit.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldBe(["水务局", "市水利局"]);
    }

    [Fact]
    public async Task a_re_import_of_the_plan_printed_before_does_not_undo_the_new_name()
    {
        await Office.PostText("/api/plans/import", plan.Yaml, "application/yaml");
        (await Office.Get($"/api/units/{plan.Unit}")).GetProperty("name").GetString().ShouldBe("市水务局");
    }

    [Fact]
    public async Task a_rename_taking_effect_before_the_last_is_unprocessable_and_another_city_finds_no_such_unit()
    {
        await Office.Post($"/api/units/{plan.Unit}/rename", new { name = "市水资源局", effectiveOn = "2022-06-30" }, 422);
        await app.As(Support.People.YiwuOffice).Post($"/api/units/{plan.Unit}/rename", new { name = "市水资源局", effectiveOn = "2024-01-01" }, 404);
    }
}
