using Alba;
using Supervision.Api.Tests.Security;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Platform;

/// <summary>
/// Every route that appends honours Idempotency-Key: the same request sent again under the same key is answered as the
/// first was, marked Idempotent-Replayed, and appends nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_any_command_is_sent_again_under_its_idempotency_key(AppFixture app) : IAsyncLifetime
{
    public static TheoryData<string> Routes() => [.. AppendingRoutes.All.Keys.Order()];

    public Task InitializeAsync()
    {
        app.Clock.Reset();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        app.Clock.Reset();
        return Task.CompletedTask;
    }

    [Fact]
    public void every_mapped_route_that_changes_anything_is_walked() =>
        MatrixRoutes.Mapped(app.Host).Where(route => !route.StartsWith("GET ", StringComparison.Ordinal)).Except(AppendingRoutes.NotCommands)
            .ShouldBe(AppendingRoutes.All.Keys.Order());

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task the_repeat_gets_the_first_answer_and_appends_nothing(string route)
    {
        var (caller, request) = await AppendingRoutes.All[route](app);
        var key = new Dictionary<string, string> { ["Idempotency-Key"] = $"walk-{Guid.NewGuid():N}" };

        var first = await MatrixRoutes.Send(app, caller, route, request, key);
        var again = await MatrixRoutes.Send(app, caller, route, request, key);

        var answer = await first.ReadAsTextAsync();
        first.Context.Response.StatusCode.ShouldBeOneOf([200, 201], answer);
        (await EventsAppendedBy(first)).ShouldBeGreaterThan(0);
        first.Context.Response.Headers.ContainsKey("Idempotent-Replayed").ShouldBeFalse();
        again.Context.Response.StatusCode.ShouldBe(first.Context.Response.StatusCode);
        (await again.ReadAsTextAsync()).ShouldBe(answer);
        again.Context.Response.Headers["Idempotent-Replayed"].ToString().ShouldBe("true");
        (await EventsAppendedBy(again)).ShouldBe(0);
    }

    /// <summary>Events carry the correlation id the server gave the request that led to them (a hex string of its own making).</summary>
    private static Task<long> EventsAppendedBy(IScenarioResult request) =>
        StoredRows.Scalar<long>($"select count(*) from supervision.mt_events where correlation_id = '{request.Context.Response.Headers["X-Correlation-Id"]}'");
}
