using System.Text.Json;
using Alba;
using Npgsql;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Identity;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>
/// The API as ./supervise run serves it: the owner migrates the schema with jurisdictions as tenants and grants the role
/// (build/db/app-role.sql), then the API runs as supervision_app, which may change no schema. It starts, and a jurisdiction
/// registered while it runs gets its partitions through the one function the owner granted, so the district imports,
/// reports and appears in its city's roll-up from its kept view, without a restart.
/// </summary>
public sealed class LeastPrivilegedTenantHost : IAsyncLifetime
{
    public const string Schema = "tenancy_least_privilege";

    public IAlbaHost Host { get; private set; } = null!;

    private DirectoryEnrolment enrolment = null!;

    public async Task InitializeAsync()
    {
        await TenantHost.DropSchema(Schema);
        await (await TenantHost.Start(Schema, tenanted: true)).DisposeAsync();
        await AppRole.Grant(Schema);
        Host = await TenantHost.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings:Marten"] = AppRole.ConnectionString, ["Supervision:Schema"] = Schema, ["Supervision:Tenancy"] = "jurisdiction",
            ["Supervision:ApplySchemaOnStartup"] = "false",
        });
        enrolment = new DirectoryEnrolment(Host);
    }

    public ApiClient As(Actor actor) => TenantHost.As(Host, enrolment, actor);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[Collection(TenantCollection.Name)]
public sealed class when_the_least_privileged_api_onboards_a_jurisdiction(LeastPrivilegedTenantHost api) : IClassFixture<LeastPrivilegedTenantHost>
{
    private const string District = "lp-keqiao";

    [Fact]
    public async Task a_district_registered_while_it_runs_gets_its_partitions_imports_reports_and_rolls_up()
    {
        await api.As(Admin).Post("/api/jurisdictions", new { code = District, name = "柯桥区", parent = "shaoxing" }, 201);
        var plan = new SmallPlan(District);
        await api.As(FreshJurisdictions.OfficeOf(District)).PostText("/api/plans/import", plan.Yaml, "application/yaml");
        var clerk = new Actor($"{District}-clerk", "联络员", Role.Department, plan.Unit, District);
        var task = (await api.As(clerk).Get($"/api/plans/{plan.Id}/tasks")).EnumerateArray().First().GetProperty("id").GetGuid();
        await api.As(clerk).Post($"/api/tasks/{task}/accept", null);
        await api.As(clerk).Post($"/api/tasks/{task}/reports", TaskStories.Report("2022-06"));

        (await Owner<long>($"select count(*) from {LeastPrivilegedTenantHost.Schema}.mt_events_lp_keqiao where stream_id = '{task}' and type in ('task_assigned', 'task_accepted', 'progress_reported')"))
            .ShouldBe(3L);
        (await Owner<string>($"select tableowner from pg_tables where schemaname = '{LeastPrivilegedTenantHost.Schema}' and tablename = 'mt_events_lp_keqiao'"))
            .ShouldNotBe(AppRole.Name);
        var child = default(JsonElement);
        await Eventually.True(async () => (child = (await api.As(FreshJurisdictions.LeaderOf("shaoxing")).Get("/api/assessments/five-water"))
            .GetProperty("children").EnumerateArray().SingleOrDefault(c => c.GetProperty("jurisdiction").GetString() == District)).ValueKind
            == JsonValueKind.Object && child.GetProperty("source").GetString() == "currentView", "柯桥's kept view, kept by an agent the daemon started");
        child.GetProperty("dimensions").EnumerateArray().Sum(d => d.GetProperty("tasks").GetInt32()).ShouldBe(plan.Tasks);
    }

    [Fact]
    public async Task the_role_still_changes_no_schema_and_the_function_takes_only_a_jurisdiction_code()
    {
        await using var connection = new NpgsqlConnection(AppRole.ConnectionString);
        await connection.OpenAsync();
        var schema = LeastPrivilegedTenantHost.Schema;

        var ddl = await Should.ThrowAsync<PostgresException>(() => Execute(connection, $"create table {schema}.intruder (id int)"));
        ddl.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        var partition = await Should.ThrowAsync<PostgresException>(() =>
            Execute(connection, $"create table {schema}.mt_events_rogue partition of {schema}.mt_events for values in ('rogue')"));
        partition.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        foreach (var (code, suffix) in new[] { ("x'); drop table y; --", "x"), ("Upper", "Upper"), ("zhuji", "mt_streams"), ("a-b", "a-b"), ("ab-", "ab_"), ("a", "a"), (new string('a', 41), new string('a', 41)) })
        {
            var refused = await Should.ThrowAsync<PostgresException>(() =>
                Execute(connection, $"select {schema}.supervision_add_jurisdiction($1, $2)", code, suffix));
            refused.SqlState.ShouldBe(PostgresErrorCodes.InvalidParameterValue, code);
        }
        (await Owner<long>($"select count(*) from pg_tables where schemaname = '{schema}' and tablename in ('intruder', 'mt_events_rogue', 'mt_events_upper', 'mt_events_x', 'mt_events_ab_', 'mt_events_a')"))
            .ShouldBe(0L);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> Owner<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
