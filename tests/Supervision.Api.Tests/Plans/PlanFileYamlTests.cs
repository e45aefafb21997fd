using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.FreshJurisdictions;

namespace Supervision.Api.Tests.Plans;

/// <summary>
/// What YAML allows and a plan never needs is refused before anything is built from it, with the line and column:
/// anchors and aliases (a 1 MB plan with one anchor reused produced 180 MB of events), merge keys, tags, a second
/// document, deep nesting; and a file larger than its format allows is a 413.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_a_plan_file_uses_yaml_a_plan_does_not_need(AppFixture app)
{
    private const string Yaml = "application/yaml";
    private static readonly string LongContent = new('长', 5_000);

    public static TheoryData<string> Features => ["an anchor reused by an alias", "one anchor reused by 200 tasks", "a merge key", "a tag",
        "a second document", "lists nested ten deep", "a key given twice"];

    private static string With(SmallPlan plan, string feature) => feature switch
    {
        "an anchor reused by an alias" => plan.Reusing($"[{SmallPlan.Quoted(plan.Category)}]"),
        "one anchor reused by 200 tasks" => (plan with { Tasks = 200, Content = LongContent }).Reusing(SmallPlan.Quoted(LongContent)),
        "a merge key" => plan.Yaml.Replace("metric: ", "<<: { unit: \"%\" }, metric: ", StringComparison.Ordinal),
        "a tag" => plan.Yaml.Replace($"title: {SmallPlan.Quoted(plan.Title)}", "title: !!binary 5rWL6K+V", StringComparison.Ordinal),
        "a second document" => plan.Yaml + "\n---\nid: another-plan\n",
        "lists nested ten deep" => plan.Yaml.Replace($"[{SmallPlan.Quoted(plan.Category)}]", $"[[[[[[[[[[{SmallPlan.Quoted(plan.Category)}]]]]]]]]]]",
            StringComparison.Ordinal),
        _ => plan.Yaml.Replace("jurisdiction:", "title: \"另一个标题\"\njurisdiction:", StringComparison.Ordinal),
    };

    [Theory]
    [MemberData(nameof(Features))]
    public async Task the_file_is_refused_where_it_says_so_and_nothing_is_imported(string feature)
    {
        var city = app.NewJurisdiction();
        var plan = new SmallPlan(city);

        var problem = await app.As(OfficeOf(city)).PostText("/api/plans/import", With(plan, feature), Yaml, 400);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["file"], feature);
        problem.GetProperty("detail").GetString()!.ShouldContain("line", Case.Insensitive, feature);
        await app.As(OfficeOf(city)).Get($"/api/plans/{plan.Id}", 404);
    }

    [Fact]
    public async Task an_empty_entry_is_a_400_that_names_it()
    {
        var city = app.NewJurisdiction();
        var plan = new SmallPlan(city);

        var problem = await app.As(OfficeOf(city)).PostText("/api/plans/import", plan.Yaml.Replace("tasks:\n", "tasks:\n  - ~\n"), Yaml, 400);

        problem.GetProperty("detail").GetString()!.ShouldContain("tasks[0]");
    }

    [Fact]
    public async Task a_file_over_two_mebibytes_is_a_413_naming_the_file()
    {
        var city = app.NewJurisdiction();
        var plan = new SmallPlan(city);
        var padded = plan.Yaml + "\n# " + new string('x', 2 * 1024 * 1024) + "\n";

        var problem = await app.As(OfficeOf(city)).PostText("/api/plans/import", padded, Yaml, 413);

        problem.GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue();
        await app.As(OfficeOf(city)).Get($"/api/plans/{plan.Id}", 404);
    }
}

/// <summary>Issue #15 item 12: an import of a plan id that is another jurisdiction's says 404, as a read of it does.</summary>
[Collection(ApiCollection.Name)]
public class when_an_office_imports_a_plan_id_another_jurisdiction_uses(AppFixture app)
{
    [Fact]
    public async Task the_import_is_a_404_like_the_read_and_does_not_name_the_other_jurisdiction()
    {
        var (owner, other) = (app.NewJurisdiction(), app.NewJurisdiction());
        var id = $"shared-{Guid.NewGuid():N}"[..20];
        await app.As(OfficeOf(owner)).PostText("/api/plans/import", (new SmallPlan(owner) with { Id = id }).Yaml, "application/yaml");

        var import = await app.As(OfficeOf(other)).PostText("/api/plans/import", (new SmallPlan(other) with { Id = id }).Yaml, "application/yaml", 404);
        await app.As(OfficeOf(other)).Get($"/api/plans/{id}", 404);

        import.GetRawText().ShouldNotContain(owner);
        (await app.As(OfficeOf(owner)).Get($"/api/plans/{id}")).GetProperty("jurisdiction").GetString().ShouldBe(owner);
    }

    [Fact]
    public async Task an_administrator_who_reads_every_jurisdiction_is_told_whose_it_is()
    {
        var (owner, other) = (app.NewJurisdiction(), app.NewJurisdiction());
        var id = $"shared-{Guid.NewGuid():N}"[..20];
        await app.As(OfficeOf(owner)).PostText("/api/plans/import", (new SmallPlan(owner) with { Id = id }).Yaml, "application/yaml");

        var conflict = await app.As(Support.People.Admin).PostText("/api/plans/import", (new SmallPlan(other) with { Id = id }).Yaml, "application/yaml", 409);

        conflict.GetProperty("detail").GetString()!.ShouldContain(owner);
    }
}
