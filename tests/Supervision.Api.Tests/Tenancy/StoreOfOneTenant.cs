using System.Text.Json;
using Alba;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Support.People;

namespace Supervision.Api.Tests.Tenancy;

/// <summary>
/// A store as the previous release wrote it (one tenant): the seed plans, a task of 诸暨 reported on twice, a finding on it
/// and an inspection order, read before it stops; then the API starts on it with jurisdictions as tenants, which moves the
/// store to them on start.
/// </summary>
public class StoreOfOneTenant : IAsyncLifetime
{
    public const string Schema = "tenancy_migration";

    public StoreOfOneTenant() : this(Schema, earlierRelease: false) { }

    /// <param name="earlierRelease">
    /// Whether the store is then aged to the release before reports were kept apart and before every event carried its
    /// jurisdiction (<see cref="AgeToAnEarlierRelease"/>), so that the start makes both moves: to tenants, then the upgrade.
    /// </param>
    protected StoreOfOneTenant(string schema, bool earlierRelease)
    {
        SchemaName = schema;
        this.earlierRelease = earlierRelease;
    }

    public string SchemaName { get; }

    private readonly bool earlierRelease;

    /// <summary>The one document the move adds: its mark in the store format table.</summary>
    public const string Mark = "mt_doc_keptviewformat/" + Operations.TenancyMigration.Key;

    public IAlbaHost Host { get; private set; } = null!;
    public Guid Task { get; private set; }
    public Guid Finding { get; private set; }
    public Guid Inspection { get; private set; }
    public StoreRows Before { get; private set; } = null!;
    public StoreRows After { get; private set; } = null!;

    /// <summary>What the offices read before the move and right after it (before any story writes), by address.</summary>
    public Dictionary<string, string> AnswersBefore { get; } = [];
    public Dictionary<string, string> AnswersAfter { get; } = [];

    private DirectoryEnrolment enrolment = null!;

    public async Task InitializeAsync()
    {
        await TenantHost.DropSchema(SchemaName);
        await using (var single = await TenantHost.Start(SchemaName, tenanted: false))
        {
            var people = new DirectoryEnrolment(single);
            await Write(single, people);
            await single.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
            foreach (var (actor, url) in Reads()) AnswersBefore[url] = await Answer(TenantHost.As(single, people, actor), url);
        }
        if (earlierRelease) await AgeToAnEarlierRelease(SchemaName);
        Before = await StoreRows.Read(SchemaName);
        Host = await TenantHost.Start(SchemaName, tenanted: true);
        After = await StoreRows.Read(SchemaName);
        enrolment = new DirectoryEnrolment(Host);
        foreach (var (actor, url) in Reads()) AnswersAfter[url] = await Answer(As(actor), url);
    }

    public ApiClient As(Domain.Identity.Actor actor) => TenantHost.As(Host, enrolment, actor);

    /// <summary>The offices' reads compared before and after: a task, its history and reports, the finding, the order, the lists.</summary>
    private IEnumerable<(Domain.Identity.Actor Actor, string Url)> Reads() =>
    [
        (Office, $"/api/tasks/{Task}"), (Office, $"/api/tasks/{Task}/history"), (Office, $"/api/tasks/{Task}/reports"),
        (Office, $"/api/findings/{Finding}"), (Office, $"/api/inspections/{Inspection}"), (Office, "/api/ledger?pageSize=500"),
        (Office, "/api/plans"), (YiwuOffice, "/api/ledger?pageSize=500"),
    ];

    private static async Task<string> Answer(ApiClient client, string url) => JsonSerializer.Serialize(await client.Get(url));

    private async Task Write(IAlbaHost single, DirectoryEnrolment people)
    {
        var office = TenantHost.As(single, people, Office);
        var water = TenantHost.As(single, people, Department(WaterBureau));
        Task = (await office.Post("/api/tasks", TaskStories.NewTask("迁移前的任务"), 201)).GetProperty("id").GetGuid();
        await water.Post($"/api/tasks/{Task}/accept", null);
        await water.Post($"/api/tasks/{Task}/reports", TaskStories.Report("2022-05", 30));
        await water.Post($"/api/tasks/{Task}/reports", TaskStories.Report("2022-06", 40));
        Finding = (await office.Post("/api/findings", new
        {
            taskId = Task, unit = WaterBureau, description = "管网巡查记录缺失", category = "台账", severity = "minor", rectificationDeadline = "2099-12-31",
        }, 201)).GetProperty("id").GetGuid();
        Inspection = (await office.Post("/api/inspections", new
        {
            jurisdiction = Jurisdiction, taskIds = new[] { Task }, instructions = "限期报送整改情况", severity = "general", responseDeadline = "2099-12-31",
        }, 201)).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// What the release before reports were kept apart wrote (format 1): no report documents and no per-period summary
    /// in the task snapshots; and, as before every event carried its jurisdiction, a stream's later events without it and
    /// a task's assignment without its plan's reporting rule.
    /// </summary>
    private static async Task AgeToAnEarlierRelease(string schema)
    {
        await using var connection = new Npgsql.NpgsqlConnection(AppFixture.ConnectionString);
        await connection.OpenAsync();
        await using var age = new Npgsql.NpgsqlCommand($$"""
            update {{schema}}.mt_doc_keptviewformat set data = jsonb_set(data, '{version}', '1') where id = '{{Operations.StoreFormat.Key}}';
            delete from {{schema}}.mt_doc_reportrecord;
            update {{schema}}.mt_doc_supervisedtask set data = data - 'reportedPeriods';
            update {{schema}}.mt_events set data = data - 'planReporting' where type = 'task_assigned';
            update {{schema}}.mt_events e set data = e.data - 'jurisdiction'
            where e.version > 1 and exists (select 1 from {{schema}}.mt_events f where f.stream_id = e.stream_id and f.version = 1 and f.data ? 'jurisdiction');
            """, connection);
        (await age.ExecuteNonQueryAsync()).ShouldBeGreaterThan(4);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
