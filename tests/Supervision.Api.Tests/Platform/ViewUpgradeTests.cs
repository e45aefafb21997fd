using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Supervision.Api.Operations;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;
using static Supervision.Api.Tests.Support.TaskStories;

namespace Supervision.Api.Tests.Platform;

/// <summary>
/// A database written by the release before reports were kept apart: task snapshots with no per-period summary and
/// no report documents. On start, the upgrade rebuilds both from the events, once.
/// </summary>
[Collection(ApiCollection.Name)]
public class when_the_api_starts_on_a_database_of_an_earlier_release(AppFixture app)
{
    [Fact]
    public async Task the_task_snapshots_and_report_documents_are_rebuilt_from_the_events_and_only_once()
    {
        var task = await app.AcceptedTask();
        var report = (await app.As(Department(WaterBureau)).Post($"/api/tasks/{task}/reports", Report("2022-06"))).GetProperty("reportId").GetGuid();
        await AsEarlierRelease(task);
        (await Reports(task)).ShouldBeEmpty();
        (await Scalar(FirstReportOfJune, task)).ShouldBeNull();

        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        (await StoreUpgrade.Run(store, NullLogger.Instance, CancellationToken.None)).ShouldBeTrue();

        (await Reports(task)).ShouldBe([report]);
        (await Scalar(FirstReportOfJune, task)).ShouldBe(report.ToString());
        (await StoreUpgrade.Run(store, NullLogger.Instance, CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task events_of_an_earlier_release_get_their_jurisdiction_and_their_plans_cadence()
    {
        var city = app.NewJurisdiction();
        var plan = new SmallPlan(city) with { Cadence = "halfYearly", DueDay = "20" };
        await app.As(FreshJurisdictions.OfficeOf(city)).PostText("/api/plans/import", plan.Yaml, "application/yaml");
        var task = (await app.As(FreshJurisdictions.OfficeOf(city)).Get($"/api/plans/{plan.Id}/tasks")).EnumerateArray().First().GetProperty("id").GetGuid();
        await app.As(new Domain.Identity.Actor($"{city}-clerk", "联络员", Domain.Identity.Role.Department, plan.Unit, city))
            .Post($"/api/tasks/{task}/accept", null);
        (await Execute($$"""
            update supervision.mt_doc_keptviewformat set data = jsonb_set(data, '{version}', '2') where id = '{{StoreFormat.Key}}';
            update supervision.mt_events set data = data - 'planReporting' where stream_id = @task and type = 'task_assigned';
            update supervision.mt_events set data = data - 'jurisdiction' where stream_id = @task and version > 1;
            """, task)).ShouldBe(3);

        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        (await StoreUpgrade.Run(store, NullLogger.Instance, CancellationToken.None)).ShouldBeTrue();

        var history = await app.As(FreshJurisdictions.OfficeOf(city)).Get($"/api/tasks/{task}/history");
        history.EnumerateArray().Select(e => e.GetProperty("data").GetProperty("jurisdiction").GetString()).ShouldAllBe(j => j == city);
        var schedule = (await app.As(FreshJurisdictions.OfficeOf(city)).Get($"/api/tasks/{task}/reports")).GetProperty("schedule");
        (schedule.GetProperty("cadence").GetString(), schedule.GetProperty("dueDay").GetInt32()).ShouldBe(("halfYearly", 20));
    }

    private const string FirstReportOfJune = """
        select p -> 'first' ->> 'reportId' from supervision.mt_doc_supervisedtask, jsonb_array_elements(data -> 'reportedPeriods') p
        where id = @task and p ->> 'period' = '2022-06'
        """;

    private async Task<List<Guid>> Reports(Guid task) =>
        (await app.As(Office).Get($"/api/tasks/{task}/reports")).GetProperty("reports").EnumerateArray()
            .Select(r => r.GetProperty("reportId").GetGuid()).ToList();

    private static async Task AsEarlierRelease(Guid task)
    {
        var changed = await Execute($$"""
            update supervision.mt_doc_keptviewformat set data = jsonb_set(data, '{version}', '1') where id = '{{StoreFormat.Key}}';
            delete from supervision.mt_doc_reportrecord where task_id = @task;
            update supervision.mt_doc_supervisedtask set data = data - 'reportedPeriods' where id = @task;
            """, task);
        changed.ShouldBe(3);
    }

    private static async Task<string?> Scalar(string sql, Guid task)
    {
        await using var connection = new NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("task", task);
        return await command.ExecuteScalarAsync() as string;
    }

    private static async Task<int> Execute(string sql, Guid task)
    {
        await using var connection = new NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("task", task);
        return await command.ExecuteNonQueryAsync();
    }
}
