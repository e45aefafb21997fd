using System.Text.Json;
using Npgsql;
using Supervision.Api.Operations;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>The store of <see cref="StoreOfOneTenant"/>, aged to a release before reports were kept apart and before every event carried its jurisdiction.</summary>
public sealed class StoreOfAnEarlierRelease() : StoreOfOneTenant("tenancy_earlier_release", earlierRelease: true);

/// <summary>
/// A store an earlier release wrote, with one tenant and its views of an earlier format, is started with jurisdictions as
/// tenants: in that one start it moves to jurisdiction tenants and then upgrades its views, and the offices read what they
/// read before.
/// </summary>
[Collection(TenantCollection.Name)]
public sealed class when_a_store_of_an_earlier_release_starts_with_jurisdictions_as_tenants(StoreOfAnEarlierRelease store)
    : IClassFixture<StoreOfAnEarlierRelease>
{
    [Fact]
    public void the_start_moves_it_to_tenants_and_upgrades_its_views_once_each()
    {
        store.Before.Documents.Keys.ShouldNotContain(StoreOfOneTenant.Mark);
        store.After.Documents.Keys.ShouldContain(StoreOfOneTenant.Mark);
        FormatOf(store.Before).ShouldBe(1);
        FormatOf(store.After).ShouldBe(StoreUpgrade.Format);
    }

    [Fact]
    public void what_the_offices_read_is_what_they_read_before_the_store_was_aged()
    {
        store.AnswersAfter.Keys.ShouldBe(store.AnswersBefore.Keys);
        foreach (var (url, answer) in store.AnswersBefore) store.AnswersAfter[url].ShouldBe(answer, url);
    }

    [Fact]
    public async Task every_event_of_the_task_is_in_its_citys_tenant_and_names_its_city_again()
    {
        var (events, inTenant, named, _) = await Count($"""
            select count(*), count(*) filter (where tenant_id = '{Jurisdiction}'), count(*) filter (where data ->> 'jurisdiction' = '{Jurisdiction}'), 0
            from {store.SchemaName}.mt_events where stream_id = '{store.Task}'
            """);

        events.ShouldBeGreaterThan(3);
        (inTenant, named).ShouldBe((events, events));
    }

    [Fact]
    public async Task every_task_of_a_plan_carries_its_plans_reporting_rule_again()
    {
        var (assigned, withRule, _, _) = await Count($"""
            select count(*), count(*) filter (where coalesce(data -> 'planReporting', 'null'::jsonb) <> 'null'::jsonb), 0, 0
            from {store.SchemaName}.mt_events where type = 'task_assigned' and coalesce(data ->> 'planId', '') <> ''
            """);

        assigned.ShouldBeGreaterThan(10);
        withRule.ShouldBe(assigned);
    }

    [Fact]
    public async Task the_reports_the_earlier_release_did_not_keep_apart_are_kept_in_the_citys_tenant()
    {
        var (reports, inTenant, _, _) = await Count($"""
            select count(*), count(*) filter (where tenant_id = '{Jurisdiction}'), 0, 0 from {store.SchemaName}.mt_doc_reportrecord where task_id = '{store.Task}'
            """);

        (reports, inTenant).ShouldBe((2, 2));
        await store.As(YiwuOffice).Get($"/api/tasks/{store.Task}/reports", 404);
    }

    private static int FormatOf(StoreRows rows) =>
        JsonDocument.Parse(rows.Documents[$"mt_doc_keptviewformat/{StoreFormat.Key}"]).RootElement.GetProperty("version").GetInt32();

    private static async Task<(long, long, long, long)> Count(string sql)
    {
        await using var connection = new NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), Convert.ToInt64(reader.GetValue(2)), Convert.ToInt64(reader.GetValue(3)));
    }
}
