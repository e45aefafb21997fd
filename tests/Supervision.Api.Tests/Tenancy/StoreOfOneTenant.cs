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
public sealed class StoreOfOneTenant : IAsyncLifetime
{
    public const string Schema = "tenancy_migration";

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
        await TenantHost.DropSchema(Schema);
        await using (var single = await TenantHost.Start(Schema, tenanted: false))
        {
            var people = new DirectoryEnrolment(single);
            await Write(single, people);
            await single.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
            foreach (var (actor, url) in Reads()) AnswersBefore[url] = await Answer(TenantHost.As(single, people, actor), url);
        }
        Before = await StoreRows.Read(Schema);
        Host = await TenantHost.Start(Schema, tenanted: true);
        After = await StoreRows.Read(Schema);
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

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
