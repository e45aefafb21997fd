using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Assessment.JinhuaYear;

namespace Supervision.Api.Tests.Assessment;

/// <summary>
/// 金华's 2023 read in October as of moments in May: past for good, so each answer is folded from the events once and
/// served from memory after, to callers who may see it; another moment or period is an answer of its own.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_the_office_reads_a_past_moment_twice(AppFixture app) : IAsyncLifetime
{
    private const string May20 = "2023-05-20T08:30:00%2B08:00";

    public async Task InitializeAsync()
    {
        await Play(app);
        On(app, "2023-10-05");
    }

    public Task DisposeAsync()
    {
        app.Clock.Reset();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task the_second_identical_read_is_not_folded_again_and_gives_the_same_answer()
    {
        using var counters = new AsOfCounters(app);

        var first = await app.As(Office).Get($"/api/scorecards?period=2023&asOf={May20}");
        var again = await app.As(Office).Get($"/api/scorecards?period=2023&asOf={May20}");

        counters.Folds("scorecards", Jurisdiction).ShouldBeLessThanOrEqualTo(1);
        counters.Hits("scorecards", Jurisdiction).ShouldBeGreaterThanOrEqualTo(1);
        (counters.Folds("scorecards", Jurisdiction) + counters.Hits("scorecards", Jurisdiction)).ShouldBe(2);
        again.GetRawText().ShouldBe(first.GetRawText());
    }

    [Fact]
    public async Task another_moment_or_another_period_is_folded_on_its_own()
    {
        await app.As(Office).Get($"/api/scorecards?period=2023&asOf={May20}");
        using var counters = new AsOfCounters(app);

        var later = await app.As(Office).Get("/api/scorecards?period=2023&asOf=2023-05-21T08:30:00%2B08:00");
        var quarter = await app.As(Office).Get($"/api/scorecards?period=2023-Q2&asOf={May20}");

        counters.Folds("scorecards", Jurisdiction).ShouldBe(2);
        counters.Hits("scorecards", Jurisdiction).ShouldBe(0);
        later.GetProperty("asOf").GetDateTimeOffset().ShouldBe(DateTimeOffset.Parse("2023-05-21T08:30:00+08:00"));
        quarter.GetProperty("period").GetString().ShouldBe("2023-Q2");
    }

    [Fact]
    public async Task a_moment_within_the_last_minutes_is_folded_every_time()
    {
        using var counters = new AsOfCounters(app);
        var justNow = Uri.EscapeDataString(app.Clock.GetUtcNow().AddMinutes(-1).ToString("O"));

        await app.As(Office).Get($"/api/scorecards?period=2023&asOf={justNow}");
        await app.As(Office).Get($"/api/scorecards?period=2023&asOf={justNow}");

        counters.Folds("scorecards", Jurisdiction).ShouldBe(2);
    }

    [Fact]
    public async Task five_water_and_the_lights_of_a_past_moment_are_kept_too()
    {
        await app.As(Office).Get($"/api/assessments/five-water?period=2023&asOf={May20}");
        await app.As(Office).Get($"/api/warnings?asOf={May20}");
        using var counters = new AsOfCounters(app);

        await app.As(Office).Get($"/api/assessments/five-water?period=2023&asOf={May20}");
        await app.As(Office).Get($"/api/warnings?asOf={May20}");

        counters.Folds("five-water", Jurisdiction).ShouldBe(0);
        counters.Hits("five-water", Jurisdiction).ShouldBe(1);
        counters.Folds("lights", Jurisdiction).ShouldBe(0);
        counters.Hits("lights", Jurisdiction).ShouldBe(1);
    }

    [Fact]
    public async Task a_kept_answer_is_still_hidden_from_another_city()
    {
        await app.As(Office).Get($"/api/scorecards?period=2023&asOf={May20}");

        await app.As(Supervision.Api.Tests.Support.People.YiwuOffice).Get($"/api/scorecards?jurisdiction=jinhua&period=2023&asOf={May20}", 404);
    }
}
