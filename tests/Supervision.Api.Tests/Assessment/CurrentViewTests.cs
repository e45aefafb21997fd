using System.Text.Json;
using Supervision.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Assessment;
using Supervision.Domain.Identity;

namespace Supervision.Api.Tests.Assessment;

/// <summary>
/// 舟山's seed plan, a day in June 2025: the async daemon keeps the current scorecards and five-water cells, and a read
/// of "now" is one document; whenever that document cannot answer, the same view is computed from the events.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_the_daemon_keeps_zhoushans_current_views(AppFixture app) : IAsyncLifetime
{
    private static readonly Actor Office = new("zhoushan-office-1", "舟山市督考办", Role.Office, null, "zhoushan");
    private static readonly DateTimeOffset Morning = new(2025, 6, 16, 9, 0, 0, TimeSpan.FromHours(8));

    public async Task InitializeAsync()
    {
        app.Clock.Set(Morning);
        await app.As(Office).Post("/api/warnings/evaluate", null);
    }

    public Task DisposeAsync()
    {
        app.Clock.Reset();
        return Task.CompletedTask;
    }

    private static string Now(AppFixture app) => Uri.EscapeDataString(app.Clock.GetUtcNow().ToString("O"));

    [Fact]
    public async Task todays_scorecards_come_from_the_kept_view_and_equal_the_ones_computed_from_the_events()
    {
        var kept = await app.As(Office).Get("/api/scorecards");
        var computed = await app.As(Office).Get($"/api/scorecards?asOf={Now(app)}");

        kept.GetProperty("source").GetString().ShouldBe("currentView");
        computed.GetProperty("source").GetString().ShouldBe("events");
        kept.GetProperty("period").GetString().ShouldBe("2025");
        kept.GetProperty("scores").GetArrayLength().ShouldBeGreaterThan(5);
        kept.GetProperty("scores").GetRawText().ShouldBe(computed.GetProperty("scores").GetRawText());
    }

    [Fact]
    public async Task a_units_totals_and_its_explanation_are_kept_documents_equal_to_the_ones_computed_from_the_events()
    {
        var computed = (await app.As(Office).Get($"/api/scorecards?asOf={Now(app)}")).GetProperty("scores")[0];
        var unit = computed.GetProperty("unit").GetString()!;

        var totals = await app.As(Office).Get($"/api/scorecards/{unit}");
        var explained = await app.As(Office).Get($"/api/scorecards/{unit}/explain");
        var computedTotals = await app.As(Office).Get($"/api/scorecards/{unit}?asOf={Now(app)}");

        explained.GetRawText().ShouldBe(computed.GetRawText());
        totals.GetRawText().ShouldBe(computedTotals.GetRawText());
        totals.GetProperty("total").GetDecimal().ShouldBe(computed.GetProperty("total").GetDecimal());
        var component = totals.GetProperty("components")[0];
        component.TryGetProperty("inputs", out _).ShouldBeFalse();
        component.GetProperty("items").GetInt32().ShouldBe(computed.GetProperty("components")[0].GetProperty("inputs").GetArrayLength());
        component.GetProperty("events").GetInt32().ShouldBe(computed.GetProperty("components")[0].GetProperty("events").GetArrayLength());
        await using var session = app.QueryOf("zhoushan");
        var kept = await session.LoadAsync<CurrentUnitSummary>(CurrentUnitScore.IdFor("zhoushan", "2025", unit));
        kept.ShouldNotBeNull().Summary.Total.ShouldBe(totals.GetProperty("total").GetDecimal());
        (await session.LoadAsync<CurrentUnitScore>(CurrentUnitScore.IdFor("zhoushan", "2025", unit))).ShouldNotBeNull()
            .Score.Components[0].Inputs.Count.ShouldBe(component.GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task on_a_database_of_an_earlier_release_without_kept_totals_a_units_totals_come_from_its_kept_explained_score()
    {
        var unit = (await app.As(Office).Get("/api/scorecards")).GetProperty("scores")[0].GetProperty("unit").GetString()!;
        var id = CurrentUnitScore.IdFor("zhoushan", "2025", unit);
        CurrentUnitScore? keptScore = null;
        CurrentUnitSummary? keptTotals = null;
        // The list can answer before the daemon has kept the unit's documents: waited for, not assumed.
        await Eventually.True(async () =>
        {
            await using var session = app.QueryOf("zhoushan");
            keptScore = await session.LoadAsync<CurrentUnitScore>(id);
            keptTotals = await session.LoadAsync<CurrentUnitSummary>(id);
            return keptScore is not null && keptTotals is not null;
        }, "the unit's kept explained score and totals");
        var explained = keptScore!;
        var totals = keptTotals!;
        // The earlier release kept no totals; a marked score shows which document answered.
        await Keep(s => { s.Delete<CurrentUnitSummary>(id); s.Store(explained with { Score = explained.Score with { Total = 12.34m } }); });
        try
        {
            (await app.As(Office).Get($"/api/scorecards/{unit}")).GetProperty("total").GetDecimal().ShouldBe(12.34m);
        }
        finally
        {
            await Keep(s => { s.Store(explained); s.Store(totals); });
        }
        (await app.As(Office).Get($"/api/scorecards/{unit}")).GetProperty("total").GetDecimal().ShouldBe(explained.Score.Total);
    }

    private async Task Keep(Action<Marten.IDocumentSession> change)
    {
        await using var session = app.SessionOf("zhoushan");
        change(session);
        await session.SaveChangesAsync();
    }

    [Fact]
    public async Task the_quarter_and_the_five_water_cells_are_kept_too()
    {
        var quarter = await app.As(Office).Get("/api/scorecards?period=2025-Q2");
        var fiveWater = await app.As(Office).Get("/api/assessments/five-water");
        var computed = await app.As(Office).Get($"/api/assessments/five-water?asOf={Now(app)}");

        quarter.GetProperty("source").GetString().ShouldBe("currentView");
        fiveWater.GetProperty("source").GetString().ShouldBe("currentView");
        computed.GetProperty("source").GetString().ShouldBe("events");
        fiveWater.GetProperty("dimensions").GetRawText().ShouldBe(computed.GetProperty("dimensions").GetRawText());
        fiveWater.GetProperty("units").GetRawText().ShouldBe(computed.GetProperty("units").GetRawText());
    }

    [Fact]
    public async Task a_bonus_shows_in_the_next_read_because_a_read_waits_for_the_daemon_to_take_it_in()
    {
        var before = await app.As(Office).Get("/api/scorecards");
        var unit = before.GetProperty("scores")[0].GetProperty("unit").GetString()!;
        var bonusBefore = Bonus(before, unit);

        await app.As(Office).Post("/api/assessments/bonuses", new { unit, points = 0.5m, reason = "节水宣传周成效突出" }, 201);
        var after = await app.As(Office).Get($"/api/scorecards/{unit}");

        after.GetProperty("bonus").GetProperty("points").GetDecimal().ShouldBe(Math.Min(bonusBefore + 0.5m, 5m));
        (await app.As(Office).Get("/api/scorecards")).GetProperty("source").GetString().ShouldBe("currentView");
    }

    [Fact]
    public async Task a_what_if_under_another_rule_version_is_computed_from_the_events() =>
        (await app.As(Office).Get("/api/scorecards?ruleVersion=1")).GetProperty("source").GetString()
            .ShouldBe(await CurrentRuleVersion() == 1 ? "currentView" : "events");

    private async Task<int> CurrentRuleVersion() =>
        (await app.As(Office).Get("/api/assessments/rules")).EnumerateArray().Max(r => r.GetProperty("version").GetInt32());

    private static decimal Bonus(JsonElement cards, string unit) =>
        cards.GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("unit").GetString() == unit)
            .GetProperty("bonus").GetProperty("points").GetDecimal();
}

/// <summary>无锡's seed plan: a new business day moves the kept views only once the sweep has begun it for the jurisdiction.</summary>
[Collection(ApiCollection.Name)]
public class when_a_new_business_day_begins_in_wuxi(AppFixture app) : IAsyncLifetime
{
    private static readonly Actor Office = new("wuxi-office-1", "无锡市督考办", Role.Office, null, "wuxi");
    private static readonly DateTimeOffset Morning = new(2025, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        app.Clock.Reset();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task reads_are_computed_from_the_events_until_the_sweep_begins_the_day_then_come_from_the_kept_view()
    {
        app.Clock.Set(Morning);
        await app.As(Office).Post("/api/warnings/evaluate", null);
        (await app.As(Office).Get("/api/scorecards")).GetProperty("source").GetString().ShouldBe("currentView");

        app.Clock.Set(Morning.AddDays(1));
        var beforeSweep = await app.As(Office).Get("/api/scorecards");
        await app.As(Office).Post("/api/warnings/evaluate", null);
        var afterSweep = await app.As(Office).Get("/api/scorecards");

        beforeSweep.GetProperty("source").GetString().ShouldBe("events");
        afterSweep.GetProperty("source").GetString().ShouldBe("currentView");
        afterSweep.GetProperty("asOf").GetDateTimeOffset().ShouldBe(Morning.AddDays(1));
    }
}
