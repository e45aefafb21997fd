using System.Net;

namespace Supervision.Api.Tests.Security;

/// <summary>The limits as a caller meets them: 429 problems with Retry-After, naming the limit reached.</summary>
public class when_callers_reach_the_rate_limits
{
    private static async Task ShouldBeRefused(HttpResponseMessage response, string limit)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        int.Parse(response.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        (await response.Content.ReadAsStringAsync()).ShouldContain(limit);
    }

    [Fact]
    public async Task past_moments_other_rules_and_files_draw_on_a_users_budget_and_plain_reads_do_not()
    {
        await using var host = await LimitedHost.Start(("ExpensiveBurst", 3), ("ExpensivePerMinute", 1));

        for (var i = 0; i < 5; i++) (await host.Get("/api/scorecards", "leader-1@zhuji")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Get("/api/scorecards?asOf=2023-04-15", "leader-1@zhuji")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Get("/api/scorecards?ruleVersion=7", "leader-1@zhuji")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Get("/api/scorecards?format=xlsx", "leader-1@zhuji")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ShouldBeRefused(await host.Get("/api/scorecards?format=csv", "leader-1@zhuji"), "per user");
        (await host.Get("/api/scorecards", "leader-1@zhuji")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Get("/api/units", "leader-1@zhuji")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Get("/api/scorecards?asOf=2023-04-15", "leader-2@zhuji")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ten_users_of_one_office_share_its_jurisdictions_budget_and_another_city_keeps_its_own()
    {
        await using var host = await LimitedHost.Start(("JurisdictionExpensiveBurst", 5), ("JurisdictionExpensivePerMinute", 1));

        for (var user = 1; user <= 5; user++)
            (await host.Get("/api/scorecards?asOf=2023-04-15", $"clerk-{user}@zhuji")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ShouldBeRefused(await host.Get("/api/scorecards?asOf=2023-04-15", "clerk-6@zhuji"), "per jurisdiction");
        (await host.Get("/api/scorecards?asOf=2023-04-15", "clerk-1@shengzhou")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task a_roll_up_costs_one_unit_for_each_jurisdiction_it_covers()
    {
        await using var host = await LimitedHost.Start(("ExpensiveBurst", 4), ("ExpensivePerMinute", 1));

        (await host.Get("/api/assessments/five-water?jurisdiction=shaoxing&asOf=2023-04-15", "leader-1@shaoxing")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Get("/api/assessments/five-water?jurisdiction=zhuji&asOf=2023-04-15", "leader-1@shaoxing")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ShouldBeRefused(await host.Get("/api/assessments/five-water?jurisdiction=zhuji&asOf=2023-04-15", "leader-1@shaoxing"), "per user");
    }

    [Fact]
    public async Task expensive_requests_beyond_those_running_and_waiting_are_refused_while_cheap_ones_go_on()
    {
        await using var host = await LimitedHost.Start(("ExpensiveConcurrency", 1), ("ExpensiveQueue", 0));
        var running = host.Get("/api/scorecards?asOf=2023-04-15&hold=true", "leader-1@zhuji");
        await host.Holding;

        await ShouldBeRefused(await host.Get("/api/scorecards?asOf=2022-12-31", "leader-2@shengzhou"), "at once");
        (await host.Get("/api/scorecards", "leader-2@shengzhou")).StatusCode.ShouldBe(HttpStatusCode.OK);

        host.Release();
        (await running).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Get("/api/scorecards?asOf=2022-12-31", "leader-2@shengzhou")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task requests_from_one_address_are_counted_together_anonymous_ones_included_health_checks_aside()
    {
        await using var host = await LimitedHost.Start(("PermitsPerMinutePerAddress", 4));

        for (var user = 1; user <= 3; user++) (await host.Get("/api/units", $"clerk-{user}@zhuji", "10.0.0.7")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Get("/api/units", null, "10.0.0.7")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ShouldBeRefused(await host.Get("/api/units", null, "10.0.0.7"), "from one address");
        await ShouldBeRefused(await host.Get("/api/units", "clerk-9@zhuji", "10.0.0.7"), "from one address");
        (await host.Get("/health/live", null, "10.0.0.7")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Get("/api/units", null, "10.0.0.8")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
