using Marten;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Assessment;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Assessment;

/// <summary>加分项 go to units of the office's own jurisdiction; another jurisdiction's unit is answered as unknown.</summary>
[Collection(ApiCollection.Name)]
public class when_the_office_awards_bonus_points(AppFixture app)
{
    [Theory]
    [InlineData("zhuji.nowhere")]
    [InlineData("yiwu.water")]
    [InlineData("ZHUJI.WATER")]
    public async Task a_unit_not_registered_in_its_jurisdiction_is_404_on_unit_and_nothing_is_awarded(string unit)
    {
        var before = await Awards();

        var problem = await app.As(Office).Post("/api/assessments/bonuses", new { unit, points = 1, reason = "节水宣传成效突出" }, 404);

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["unit"]);
        // The same answer whether or not another jurisdiction has a unit of that name.
        problem.GetProperty("detail").GetString()!.Replace(unit, "?").ShouldBe("No unit '?' is registered in zhuji; see GET /api/units.");
        (await Awards()).ShouldBe(before);
    }

    [Fact]
    public async Task a_registered_unit_gets_them()
    {
        var before = await Awards();

        await app.As(Office).Post("/api/assessments/bonuses", new { unit = WaterBureau, points = 1, reason = "节水宣传成效突出" }, 201);

        (await Awards()).ShouldBe(before + 1);
    }

    private async Task<int> Awards()
    {
        await using var session = app.QueryOf(Jurisdiction);
        return await session.Events.QueryRawEventDataOnly<BonusAwarded>().CountAsync(b => b.Jurisdiction == Jurisdiction);
    }
}
