using System.Text.Json;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Jurisdictions;

/// <summary>A city's office registers its districts; an administrator registers anywhere; nobody else registers at all.</summary>
[Collection(ApiCollection.Name)]
public class when_a_jurisdiction_is_registered(AppFixture app)
{
    private static string NewCode() => $"d{Guid.NewGuid():N}"[..12];

    [Fact]
    public async Task the_office_of_the_parent_registers_a_district_and_the_tree_shows_it_under_its_city()
    {
        var city = app.NewJurisdiction();
        var code = NewCode();

        var registered = await app.As(FreshJurisdictions.OfficeOf(city)).Post("/api/jurisdictions", new { code, name = "柯桥试点区", parent = city }, 201);

        registered.GetProperty("code").GetString().ShouldBe(code);
        var node = TreeNodes.Node(await app.As(FreshJurisdictions.LeaderOf(city)).Get("/api/jurisdictions"), city);
        node.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(["柯桥试点区"]);
        (await app.As(FreshJurisdictions.OfficeOf(code)).Get("/api/plans")).ValueKind.ShouldBe(JsonValueKind.Array);
    }

    [Fact]
    public async Task a_code_registered_before_is_a_conflict()
    {
        var city = app.NewJurisdiction();
        var office = app.As(FreshJurisdictions.OfficeOf(city));
        var code = NewCode();
        await office.Post("/api/jurisdictions", new { code, name = "重复区", parent = city }, 201);

        var again = await office.Post("/api/jurisdictions", new { code, name = "另一个区", parent = city }, 409);

        again.GetProperty("errors").GetProperty("code")[0].GetString()!.ShouldContain("already registered");
    }

    [Fact]
    public async Task an_unknown_parent_is_not_found_and_a_malformed_code_is_refused_naming_the_field()
    {
        var admin = app.As(Support.People.ProvinceAdmin);

        (await admin.Post("/api/jurisdictions", new { code = NewCode(), name = "无主区", parent = "no-such-city" }, 404))
            .GetProperty("errors").TryGetProperty("parent", out _).ShouldBeTrue();
        (await admin.Post("/api/jurisdictions", new { code = "Keqiao District", name = "柯桥区", parent = "shaoxing" }, 400))
            .GetProperty("errors").TryGetProperty("code", out _).ShouldBeTrue();
        (await admin.Post("/api/jurisdictions", new { code = NewCode(), name = new string('区', 51), parent = "shaoxing" }, 400))
            .GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task the_tree_is_at_most_five_levels_deep()
    {
        var parent = app.NewJurisdiction();
        for (var level = 2; level <= 5; level++) parent = app.NewJurisdiction(parent);

        var refused = await app.As(Support.People.ProvinceAdmin).Post("/api/jurisdictions", new { code = NewCode(), name = "第六级", parent }, 422);

        refused.GetProperty("errors").GetProperty("parent")[0].GetString()!.ShouldContain("5 levels");
    }

    [Fact]
    public async Task another_citys_office_and_a_leader_may_not_and_only_an_administrator_registers_a_province()
    {
        var city = app.NewJurisdiction();
        var body = new { code = NewCode(), name = "越权区", parent = city };

        await app.As(FreshJurisdictions.OfficeOf(app.NewJurisdiction())).Post("/api/jurisdictions", body, 403);
        await app.As(FreshJurisdictions.LeaderOf(city)).Post("/api/jurisdictions", body, 403);
        await app.As(FreshJurisdictions.OfficeOf(city)).Post("/api/jurisdictions", new { code = NewCode(), name = "新省" }, 403);
        await app.As(Support.People.ProvinceAdmin).Post("/api/jurisdictions", new { code = NewCode(), name = "新省" }, 201);
    }
}
