using System.Text.Json;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Jurisdictions;

/// <summary>A district renamed from a day on keeps its old name for every day before it.</summary>
[Collection(ApiCollection.Name)]
public class when_a_jurisdiction_is_renamed(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync()
    {
        app.Clock.Reset();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task answers_as_of_a_day_before_the_rename_keep_the_old_name()
    {
        var city = app.NewJurisdiction();
        var district = app.NewJurisdiction(city);
        var office = app.As(FreshJurisdictions.OfficeOf(city));

        await office.Post($"/api/jurisdictions/{district}/rename", new { name = "柯桥区", effectiveOn = "2022-06-01" });

        (await NameOf(district, "2022-05-31")).ShouldStartWith("测试辖区");
        (await NameOf(district, "2022-06-01")).ShouldBe("柯桥区");
        var node = TreeNodes.Node(await app.As(Support.People.ProvinceAdmin).Get("/api/jurisdictions?asOf=2022-07-01"), district);
        node.GetProperty("names")[1].GetProperty("from").GetString().ShouldBe("2022-06-01");
        node.GetProperty("names")[0].GetProperty("from").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task a_rename_before_the_latest_one_conflicts_and_one_beyond_a_year_ahead_is_unprocessable()
    {
        var city = app.NewJurisdiction();
        var district = app.NewJurisdiction(city);
        var office = app.As(FreshJurisdictions.OfficeOf(city));
        await office.Post($"/api/jurisdictions/{district}/rename", new { name = "新名", effectiveOn = "2022-06-01" });

        (await office.Post($"/api/jurisdictions/{district}/rename", new { name = "更早的名", effectiveOn = "2022-05-01" }, 409))
            .GetProperty("errors").TryGetProperty("effectiveOn", out _).ShouldBeTrue();
        (await office.Post($"/api/jurisdictions/{district}/rename", new { name = "远期的名", effectiveOn = "2024-01-01" }, 422))
            .GetProperty("errors").TryGetProperty("effectiveOn", out _).ShouldBeTrue();
        await office.Post($"/api/jurisdictions/{district}/rename", new { name = "新名", effectiveOn = "2022-07-01" }, 409);
    }

    [Fact]
    public async Task a_district_does_not_rename_itself_and_an_unknown_code_is_not_found()
    {
        var city = app.NewJurisdiction();
        var district = app.NewJurisdiction(city);

        await app.As(FreshJurisdictions.OfficeOf(district)).Post($"/api/jurisdictions/{district}/rename", new { name = "自改名", effectiveOn = "2022-06-01" }, 403);
        await app.As(Support.People.ProvinceAdmin).Post("/api/jurisdictions/no-such-place/rename", new { name = "无", effectiveOn = "2022-06-01" }, 404);
    }

    private async Task<string> NameOf(string code, string asOf) =>
        TreeNodes.Node(await app.As(Support.People.ProvinceAdmin).Get($"/api/jurisdictions?asOf={asOf}"), code).GetProperty("name").GetString()!;
}
